using DeepClustering.Training;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>
/// An encoder and a decoder trained together; <see cref="Encoder"/> and <see cref="Decoder"/> are usable on their own
/// (for example the encoder under DEC). The forward pass checks the input shape.
/// </summary>
public abstract class Autoencoder : nn.Module<Tensor, Tensor>
{
    private readonly long[] _sampleShape;

    /// <summary>Creates the base with the shape of one input sample (without the batch dimension).</summary>
    protected Autoencoder(string name, long[] sampleShape) : base(name) => _sampleShape = [.. sampleShape];

    /// <summary>Maps a batch of inputs to codes <c>[N, CodeSize]</c>.</summary>
    public abstract nn.Module<Tensor, Tensor> Encoder { get; }

    /// <summary>Maps codes <c>[N, CodeSize]</c> back to inputs.</summary>
    public abstract nn.Module<Tensor, Tensor> Decoder { get; }

    /// <summary>The shape of one input sample, for example [784] or [1, 28, 28].</summary>
    public IReadOnlyList<long> SampleShape => _sampleShape;

    /// <summary>The length of a code vector.</summary>
    public abstract long CodeSize { get; }

    /// <summary>Reconstructs a batch; throws <see cref="ArgumentException"/> when it is not <c>[N, ..SampleShape]</c>.</summary>
    public override Tensor forward(Tensor input)
    {
        TensorShapes.RequireBatchOf(input, _sampleShape, nameof(input), GetType().Name + " input");
        return Decoder.call(Encoder.call(input));
    }

    /// <summary>The codes of <paramref name="inputs"/> in evaluation mode, without gradients, in batches.</summary>
    public Tensor Encode(Tensor inputs, int batchSize = 1024)
    {
        TensorShapes.RequireBatchOf(inputs, _sampleShape, nameof(inputs), GetType().Name + " input");
        return Inference.Predict(Encoder, inputs, batchSize);
    }

    /// <summary>Decodes codes <c>[N, CodeSize]</c> in evaluation mode, without gradients, in batches.</summary>
    public Tensor Decode(Tensor codes, int batchSize = 1024)
    {
        TensorShapes.RequireBatchOf(codes, [CodeSize], nameof(codes), GetType().Name + " code");
        return Inference.Predict(Decoder, codes, batchSize);
    }

    /// <summary>The reconstructions of <paramref name="inputs"/> in evaluation mode, without gradients, in batches.</summary>
    public Tensor Reconstruct(Tensor inputs, int batchSize = 1024) => Inference.Predict(this, inputs, batchSize);
}
