using TorchSharp;
using TorchSharp.Utils;
using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>DEC's network: any encoder followed by a <see cref="StudentTClustering"/> layer; the forward pass gives soft assignments q.</summary>
/// <remarks>The encoder becomes a sub-module: its weights are trained by <see cref="Dec.Fit"/> and disposing the model disposes it.</remarks>
public sealed class DecModel : nn.Module<Tensor, Tensor>
{
    [ComponentName(Name = "encoder")] // its state-dict key
    private readonly nn.Module<Tensor, Tensor> _encoder;
    [ComponentName(Name = "clustering")] // its state-dict key
    private readonly StudentTClustering _clustering;

    /// <summary>Wraps <paramref name="encoder"/> (mapping [N, ...] inputs to [N, <paramref name="codeSize"/>] codes) with <paramref name="clusters"/> Student-t centres.</summary>
    public DecModel(nn.Module<Tensor, Tensor> encoder, int clusters, int codeSize, double alpha = 1.0) : base(nameof(DecModel))
    {
        ArgumentNullException.ThrowIfNull(encoder);
        _encoder = encoder;
        _clustering = new StudentTClustering(clusters, codeSize, alpha);
        RegisterComponents();
    }

    /// <summary>The encoder.</summary>
    public nn.Module<Tensor, Tensor> Encoder => _encoder;

    /// <summary>The clustering layer holding the centres.</summary>
    public StudentTClustering Clustering => _clustering;

    /// <summary>Number of clusters.</summary>
    public int Clusters => _clustering.Clusters;

    /// <summary>Soft assignments q [N, Clusters].</summary>
    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        return _clustering.forward(Encode(input)).MoveToOuterDisposeScope();
    }

    /// <summary>Codes [N, codeSize] from the encoder; an <see cref="ArgumentException"/> when the encoder rejects the input or returns another shape.</summary>
    public Tensor Encode(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Tensor codes;
        try
        {
            codes = _encoder.forward(input);
        }
        catch (System.Runtime.InteropServices.ExternalException e)
        {
            // libtorch's own message (e.g. "mat1 and mat2 shapes cannot be multiplied") without its native stack trace.
            throw new ArgumentException(
                $"The encoder rejected input of shape {DeepInput.Shape(input)}: {e.Message.Split('\n')[0]}", nameof(input), e);
        }
        if (codes.dim() != 2 || codes.shape[0] != input.shape[0] || codes.shape[1] != _clustering.Features)
        {
            var shape = DeepInput.Shape(codes);
            codes.Dispose();
            throw new ArgumentException(
                $"The encoder must map input {DeepInput.Shape(input)} to codes [{input.shape[0]}, {_clustering.Features}], got {shape}.", nameof(input));
        }
        return codes;
    }
}
