using TorchSharp;
using TorchSharp.Modules;
using TorchSharp.Utils;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>The encoder half of a tied autoencoder: y = s(xW + b_h), computed in float64.</summary>
internal sealed class TiedSigmoidEncoder : nn.Module<Tensor, Tensor>
{
    [ComponentName(Name = "weight")] // its state-dict key
    private readonly Parameter _weight;
    [ComponentName(Name = "bias")] // its state-dict key
    private readonly Parameter _bias;

    /// <summary>Wraps the shared weight [visible, hidden] and the hidden bias [hidden].</summary>
    public TiedSigmoidEncoder(Parameter weight, Parameter bias) : base(nameof(TiedSigmoidEncoder))
    {
        _weight = weight;
        _bias = bias;
        RegisterComponents();
    }

    /// <summary>The shared weight matrix.</summary>
    public Parameter Weight => _weight;

    /// <summary>The hidden bias.</summary>
    public Parameter Bias => _bias;

    /// <inheritdoc />
    public override Tensor forward(Tensor input) => torch.sigmoid(AsFloat64(input).matmul(_weight).add_(_bias));

    /// <summary>The input as float64 (the original's NumPy precision).</summary>
    public static Tensor AsFloat64(Tensor input) => input.dtype == ScalarType.Float64 ? input : input.to_type(ScalarType.Float64);
}

/// <summary>The decoder half of a tied autoencoder: z = s(yWᵀ + b_v). It owns only its bias; W belongs to the encoder.</summary>
internal sealed class TiedSigmoidDecoder : nn.Module<Tensor, Tensor>
{
    // A delegate, not a Parameter field: TorchSharp registers Parameter fields (also on a parent's RegisterComponents),
    // and W must appear once in the state dict, under the encoder.
    private readonly Func<Parameter> _tiedWeight;
    [ComponentName(Name = "bias")] // its state-dict key
    private readonly Parameter _bias;

    /// <summary>Uses <paramref name="tiedWeight"/> transposed (not registered here, so state dicts hold W once) and the visible bias.</summary>
    public TiedSigmoidDecoder(Parameter tiedWeight, Parameter bias) : base(nameof(TiedSigmoidDecoder))
    {
        _tiedWeight = () => tiedWeight;
        _bias = bias;
        RegisterComponents();
    }

    /// <summary>The visible bias.</summary>
    public Parameter Bias => _bias;

    /// <inheritdoc />
    public override Tensor forward(Tensor hidden) =>
        torch.sigmoid(TiedSigmoidEncoder.AsFloat64(hidden).matmul(_tiedWeight().t()).add_(_bias));
}
