using static TorchSharp.torch;

namespace DeepClustering.Metrics;

/// <summary>Converts label tensors (any integer dtype, one dimension) into the int arrays the metrics take.</summary>
public static class LabelArray
{
    /// <summary>The labels of a one-dimensional integer tensor as an int array.</summary>
    /// <exception cref="ArgumentException">The tensor is not one-dimensional or not of an integer type.</exception>
    public static int[] From(Tensor labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.dim() != 1)
            throw new ArgumentException($"labels: expected a one-dimensional tensor, got shape [{string.Join(", ", labels.shape)}].", nameof(labels));
        if (labels.is_floating_point() || labels.is_complex())
            throw new ArgumentException($"labels: expected an integer tensor, got {labels.dtype}.", nameof(labels));
        using var cpu = labels.to(ScalarType.Int32, CPU).contiguous();
        return cpu.data<int>().ToArray();
    }
}
