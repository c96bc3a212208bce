using System.Numerics;
using TensorPrimitives = System.Numerics.Tensors.TensorPrimitives;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>
/// One read of every element of the data, blocked and split over workers exactly as <see cref="LloydPass{T}"/> reads it:
/// the memory-bandwidth floor of one Lloyd iteration, which <c>bench kmeans</c> prints next to the iteration's time.
/// </summary>
internal static unsafe class StreamingPass
{
    /// <summary>The sum of all elements of <paramref name="x"/> (contiguous [n, d] of <typeparamref name="T"/>), read once on <paramref name="workers"/> threads.</summary>
    public static double Sum<T>(Tensor x, long blockRows, int workers) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var n = x.shape[0];
        var d = (int)x.shape[1];
        var rowsPerBlock = RowBlocks.BlockRows(x, blockRows);
        var total = 0.0;
        for (long start = 0; start < n; start += rowsPerBlock)
        {
            var rows = (int)Math.Min(rowsPerBlock, n - start);
            using var block = x.narrow(0, start, rows);
            var address = RowBlocks.Address(block);
            var sums = new double[workers];
            RowBlocks.Split(rows, workers, (w, from, to) =>
                sums[w] = double.CreateTruncating(TensorPrimitives.Sum(new ReadOnlySpan<T>((void*)address, checked(to * d)).Slice(from * d))));
            total += sums.Sum();
        }
        return total;
    }
}
