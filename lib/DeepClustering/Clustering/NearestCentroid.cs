using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>
/// The assignment step: each row's nearest centroid, from one matrix product per block of rows
/// (argmin over |c|^2 - 2 x.c, the |x|^2 term being the same for every centroid).
/// </summary>
internal static class NearestCentroid
{
    /// <summary>About 16M distances per block when the caller does not choose.</summary>
    private const long AutoBlockDistances = 1L << 24;

    /// <summary>The rows per block: <paramref name="batchSize"/> if positive, else about 16M distances' worth.</summary>
    public static long BlockRows(int batchSize, long rows, long k) =>
        batchSize > 0 ? batchSize : Math.Clamp(AutoBlockDistances / Math.Max(1, k), 1, Math.Max(1, rows));

    /// <summary>Writes into <paramref name="labels"/> (int64 [n]) the index of the nearest row of <paramref name="centers"/> for every row of <paramref name="x"/>.</summary>
    public static void Assign(Tensor x, Tensor centers, long blockRows, Tensor labels)
    {
        using var scope = NewDisposeScope();
        var n = x.shape[0];
        var transposed = centers.t();
        var norms = centers.square().sum(1).unsqueeze(0);
        for (long start = 0; start < n; start += blockRows)
        {
            using var blockScope = NewDisposeScope();
            var rows = Math.Min(blockRows, n - start);
            var partial = torch.addmm(norms, x.narrow(0, start, rows), transposed, beta: 1, alpha: -2);
            labels.narrow(0, start, rows).copy_(partial.argmin(1));
        }
    }
}
