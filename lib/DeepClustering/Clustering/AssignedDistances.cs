using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>Exact squared distances (from coordinate differences, summed in float64) of each row to its assigned centroid.</summary>
internal static class AssignedDistances
{
    /// <summary>About 4M coordinate differences per block.</summary>
    private const long BlockElements = 1L << 22;

    /// <summary>A float64 [n] tensor: |x_i - c_labels[i]|^2.</summary>
    public static Tensor Squared(Tensor x, Tensor centers, Tensor labels)
    {
        var n = x.shape[0];
        var result = torch.empty(n, ScalarType.Float64);
        var blockRows = Math.Max(1, BlockElements / Math.Max(1, x.shape[1]));
        for (long start = 0; start < n; start += blockRows)
        {
            using var scope = NewDisposeScope();
            var rows = Math.Min(blockRows, n - start);
            var diff = x.narrow(0, start, rows) - centers.index_select(0, labels.narrow(0, start, rows));
            result.narrow(0, start, rows).copy_(diff.pow_(2).sum(1, type: ScalarType.Float64));
        }
        return result;
    }
}
