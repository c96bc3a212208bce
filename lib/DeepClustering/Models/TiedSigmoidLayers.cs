using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>The encoder half of a tied autoencoder: y = s(xW + b_h), computed in float64.</summary>
internal sealed class TiedSigmoidEncoder : nn.Module<Tensor, Tensor>
{
    private readonly Parameter weight;
    private readonly Parameter bias;

    /// <summary>Wraps the shared weight [visible, hidden] and the hidden bias [hidden].</summary>
    public TiedSigmoidEncoder(Parameter weight, Parameter bias) : base(nameof(TiedSigmoidEncoder))
    {
        this.weight = weight;
        this.bias = bias;
        RegisterComponents();
    }

    /// <summary>The shared weight matrix.</summary>
    public Parameter Weight => weight;

    /// <summary>The hidden bias.</summary>
    public Parameter Bias => bias;

    /// <inheritdoc />
    public override Tensor forward(Tensor input) => torch.sigmoid(AsFloat64(input).matmul(weight).add_(bias));

    /// <summary>The input as float64 (the original's NumPy precision).</summary>
    public static Tensor AsFloat64(Tensor input) => input.dtype == ScalarType.Float64 ? input : input.to_type(ScalarType.Float64);
}

/// <summary>The decoder half of a tied autoencoder: z = s(yWᵀ + b_v). It owns only its bias; W belongs to the encoder.</summary>
internal sealed class TiedSigmoidDecoder : nn.Module<Tensor, Tensor>
{
    // A delegate, not a Parameter field: TorchSharp registers Parameter fields (also on a parent's RegisterComponents),
    // and W must appear once in the state dict, under the encoder.
    private readonly Func<Parameter> tiedWeight;
    private readonly Parameter bias;

    /// <summary>Uses <paramref name="tiedWeight"/> transposed (not registered here, so state dicts hold W once) and the visible bias.</summary>
    public TiedSigmoidDecoder(Parameter tiedWeight, Parameter bias) : base(nameof(TiedSigmoidDecoder))
    {
        this.tiedWeight = () => tiedWeight;
        this.bias = bias;
        RegisterComponents();
    }

    /// <summary>The visible bias.</summary>
    public Parameter Bias => bias;

    /// <inheritdoc />
    public override Tensor forward(Tensor hidden) =>
        torch.sigmoid(TiedSigmoidEncoder.AsFloat64(hidden).matmul(tiedWeight().t()).add_(bias));
}
