using System.Numerics.Tensors;
using TorchSharp;

namespace DeepClustering.Data;

/// <summary>Builds torch tensors from bulk arrays without per-element torch calls.</summary>
internal static class TensorFactory
{
    /// <summary>A float32 tensor of <paramref name="shape"/> holding <paramref name="bytes"/> divided by 255 (vectorised, written straight into the tensor's memory).</summary>
    public static unsafe torch.Tensor UnitFloats(ReadOnlySpan<byte> bytes, long[] shape)
    {
        var tensor = torch.empty(shape, torch.ScalarType.Float32);
        if (tensor.numel() != bytes.Length)
            throw new ArgumentException($"{bytes.Length} bytes do not fill a tensor of shape [{string.Join(", ", shape)}]");
        // Tensor.bytes spans the tensor's own native memory (CPU, contiguous), so this writes in place. Chunks of
        // 256k values keep the divide pass in cache, and run on all cores.
        fixed (byte* source = bytes)
        fixed (byte* target = tensor.bytes)
        {
            var (src, dst, length) = ((nint)source, (nint)target, bytes.Length);
            const int chunk = 1 << 18;
            Parallel.For(0, (length + chunk - 1) / chunk, c =>
            {
                var start = c * chunk;
                var count = Math.Min(chunk, length - start);
                var from = new ReadOnlySpan<byte>((byte*)src + start, count);
                var to = new Span<float>((float*)dst + start, count);
                TensorPrimitives.ConvertChecked<byte, float>(from, to);
                TensorPrimitives.Divide(to, 255f, to);
            });
        }
        return tensor;
    }

    /// <summary>An int64 tensor [N] of the given labels.</summary>
    public static torch.Tensor Labels(ReadOnlySpan<byte> labels)
    {
        var values = new long[labels.Length];
        for (var i = 0; i < values.Length; i++)
            values[i] = labels[i];
        return torch.tensor(values, [values.LongLength], torch.ScalarType.Int64);
    }

    /// <summary>An int64 tensor [N] of the given labels.</summary>
    public static torch.Tensor Labels(long[] labels)
    {
        return torch.tensor(labels, [labels.LongLength], torch.ScalarType.Int64);
    }

    /// <summary>A float64 tensor [rows, columns] from a row-major array.</summary>
    public static torch.Tensor Matrix(double[] values, int rows, int columns)
    {
        return torch.tensor(values, [rows, columns], torch.ScalarType.Float64);
    }
}
