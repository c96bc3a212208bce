using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>Shape checks that fail with an <see cref="ArgumentException"/> naming the expected and the actual shape.</summary>
public static class TensorShapes
{
    /// <summary>Requires <paramref name="tensor"/> to be a batch <c>[N, ..sampleShape]</c> with N &gt; 0.</summary>
    public static void RequireBatchOf(Tensor tensor, ReadOnlySpan<long> sampleShape, string parameterName, string what)
    {
        ArgumentNullException.ThrowIfNull(tensor, parameterName);
        var shape = tensor.shape;
        var ok = shape.Length == sampleShape.Length + 1 && shape[0] > 0;
        for (var i = 0; ok && i < sampleShape.Length; i++)
            ok = shape[i + 1] == sampleShape[i];
        if (!ok)
            throw new ArgumentException(
                $"{what}: expected a batch of shape {Format(sampleShape, batch: true)} but got {Format(shape, batch: false)}.", parameterName);
    }

    /// <summary>Requires <paramref name="tensor"/> to have <paramref name="rank"/> dimensions and at least one sample.</summary>
    public static void RequireRank(Tensor tensor, int rank, string parameterName, string what)
    {
        ArgumentNullException.ThrowIfNull(tensor, parameterName);
        if (tensor.dim() != rank || tensor.shape[0] == 0)
            throw new ArgumentException(
                $"{what}: expected a non-empty tensor with {rank} dimensions but got {Format(tensor.shape, batch: false)}.", parameterName);
    }

    /// <summary>Requires two tensors to hold the same number of samples (first dimension).</summary>
    public static void RequireSameCount(Tensor a, Tensor b, string parameterName, string what)
    {
        if (a.shape[0] != b.shape[0])
            throw new ArgumentException(
                $"{what}: expected {a.shape[0]} samples (the first dimension of the inputs) but got {b.shape[0]} (shape {Format(b.shape, batch: false)}).", parameterName);
    }

    /// <summary>Formats a shape as <c>[N, 1, 28, 28]</c> (with a leading N when <paramref name="batch"/>).</summary>
    public static string Format(ReadOnlySpan<long> shape, bool batch) =>
        "[" + (batch ? (shape.Length == 0 ? "N" : "N, ") : "") + string.Join(", ", shape.ToArray()) + "]";
}
