using DeepClustering.Clustering;
using DeepClustering.Numerics;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Clustering;

/// <summary>
/// The Lloyd run with distance bounds gives exactly the labels, centroids, iteration count and inertia of the full
/// sweep, also on data full of near-ties, and the bounds do skip rows.
/// </summary>
public sealed class DistanceBoundsTests
{
    [Theory]
    [InlineData(ScalarType.Float32, 2, 17, 0)]
    [InlineData(ScalarType.Float32, 7, 40, 0)]
    [InlineData(ScalarType.Float32, 10, 33, 0)]
    [InlineData(ScalarType.Float32, 10, 33, 20)] // off the origin: float32 rounding of q is larger against the gaps
    [InlineData(ScalarType.Float64, 3, 17, 0)]
    [InlineData(ScalarType.Float64, 10, 40, 1e4)]
    public void Bounded_run_matches_the_full_sweep_on_near_ties(ScalarType dtype, int k, int d, double offset)
    {
        using var scope = NewDisposeScope();
        var x = MirroredTies(n: 3000, d, seed: k, dtype, offset);
        var initial = Mirrored(x.index_select(0, torch.arange(0, 2 * k, 2)).narrow(0, 0, (k + 1) / 2), k);
        foreach (var blockRows in new long[] { 1L << 20, 97 })
        {
            using var full = LloydRun.Run(x, initial, maxIter: 60, absoluteTolerance: 0, blockRows, bounds: false);
            using var bounded = LloydRun.Run(x, initial, maxIter: 60, absoluteTolerance: 0, blockRows, bounds: true);
            Assert.Equal(full.Labels, bounded.Labels);
            Assert.Equal(full.Centroids.bytes.ToArray(), bounded.Centroids.bytes.ToArray()); // bit for bit
            Assert.Equal(full.Iterations, bounded.Iterations);
            Assert.Equal(full.Converged, bounded.Converged);
            Assert.Equal(full.Inertia, bounded.Inertia);
            Assert.Equal(0, full.RowsSkipped);
            Assert.True(bounded.RowsSkipped > 0, $"k {k}: nothing skipped in {bounded.Iterations} iterations");
        }
    }

    [Fact]
    public void Many_centroids_take_the_matrix_product_without_bounds()
    {
        var (data, _) = TestData.Blobs(k: 40, perCluster: 20, d: 6, seed: 2, spread: 1, separation: 6);
        using var x = MatrixTensors.ToTensor(data, ScalarType.Float32);
        using var initial = x.narrow(0, 0, LloydPass<float>.FusedMaxK + 1);
        using var run = LloydRun.Run(x, initial, maxIter: 20, absoluteTolerance: 0, blockRows: 1L << 20);
        Assert.Equal(0, run.RowsSkipped);
    }

    [Fact]
    public void Bounds_skip_rows_once_the_labels_settle()
    {
        var (data, _) = TestData.Blobs(k: 5, perCluster: 300, d: 12, seed: 4, spread: 3, separation: 5);
        using var x = MatrixTensors.ToTensor(data, ScalarType.Float32);
        using var initial = x.index_select(0, torch.tensor(new long[] { 0, 1, 2, 3, 4 }));
        using var run = LloydRun.Run(x, initial, maxIter: 40, absoluteTolerance: 0, blockRows: 1L << 20);
        Assert.True(run.Iterations >= 4, $"{run.Iterations} iterations");
        Assert.True(run.RowsSkipped > run.RowsAssigned / 2, $"skipped {run.RowsSkipped} of {run.RowsAssigned}");
    }

    /// <summary>
    /// Gaussian rows, their mirror images in the first coordinate, rows on the mirror plane (equidistant to mirrored
    /// centroids) and exact duplicates: a symmetric run keeps near-ties in every iteration.
    /// </summary>
    private static Tensor MirroredTies(int n, int d, int seed, ScalarType dtype, double offset)
    {
        var generator = new torch.Generator((ulong)seed);
        var half = torch.randn([n / 4, d], generator: generator, dtype: ScalarType.Float64)
            + torch.randint(0, 4, [n / 4, 1], generator: generator).to_type(ScalarType.Float64) * 1.2;
        var plane = half.narrow(0, 0, n / 8).clone();
        plane[.., 0] = 0;
        var rows = torch.cat([half, Flip(half), plane, half.narrow(0, n / 8, n / 8)], 0);
        rows.narrow(1, 1, d - 1).add_(offset); // the mirror plane stays at 0 in the first coordinate
        return rows.to_type(dtype).contiguous();
    }

    /// <summary>The given centroids followed by their mirror images, cut to <paramref name="k"/>.</summary>
    private static Tensor Mirrored(Tensor centers, int k) =>
        torch.cat([centers, Flip(centers)], 0).narrow(0, 0, k).contiguous();

    private static Tensor Flip(Tensor rows)
    {
        var flipped = rows.clone();
        flipped[.., 0] = -flipped[.., 0];
        return flipped;
    }
}
