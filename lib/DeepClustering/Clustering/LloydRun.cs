using System.Numerics;
using TorchSharp;
using TensorPrimitives = System.Numerics.Tensors.TensorPrimitives;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>
/// One Lloyd run from given centroids, step for step as scikit-learn's <c>_kmeans_single_lloyd</c>: assign, update, stop
/// when the labels repeat or the total squared centroid shift is at most the absolute tolerance, then (unless the labels
/// repeated) assign once more so the labels match the final centroids.
/// </summary>
internal static class LloydRun
{
    /// <summary>
    /// Runs Lloyd's algorithm on <paramref name="x"/> (contiguous float32 or float64) from <paramref name="initial"/>;
    /// <paramref name="bounds"/> lets rows whose label cannot change skip the distance sweep (same result either way).
    /// </summary>
    public static KMeansResult Run(
        Tensor x, Tensor initial, int maxIter, double absoluteTolerance, long blockRows, bool bounds = true) =>
        x.dtype == ScalarType.Float64
            ? Run<double>(x, initial, maxIter, absoluteTolerance, blockRows, bounds)
            : Run<float>(x, initial, maxIter, absoluteTolerance, blockRows, bounds);

    private static KMeansResult Run<T>(
        Tensor x, Tensor initial, int maxIter, double absoluteTolerance, long blockRows, bool bounds)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        using var scope = NewDisposeScope();
        var n = (int)x.shape[0];
        var k = (int)initial.shape[0];
        var d = (int)initial.shape[1];
        var centers = HostArrays.FromTensor<T>(initial);
        var next = new T[centers.Length];
        var sums = new double[centers.Length];
        var counts = new long[k];
        var labels = new long[n];
        Array.Fill(labels, -1L);
        var pass = new LloydPass<T>(x, k, blockRows, torch.get_num_threads(), bounds);
        var steps = new List<(long Changed, long Skipped)>();
        bool converged = false, labelsRepeated = false;
        var iterations = maxIter;
        for (var i = 0; i < maxIter && !converged; i++)
        {
            var changed = pass.Assign(centers, labels, accumulate: true, sums, counts);
            steps.Add((changed, pass.Skipped));
            var shift = CentroidUpdate.Apply(x, centers, labels, sums, counts, next);
            (centers, next) = (next, centers);
            labelsRepeated = changed == 0;
            converged = labelsRepeated || shift <= absoluteTolerance;
            if (converged) iterations = i + 1;
        }
        if (!labelsRepeated) steps.Add((pass.Assign(centers, labels, accumulate: false, sums, counts), pass.Skipped));
        var inertia = SumOfSquaredDistances(x, centers, labels, blockRows);
        var centerTensor = HostArrays.ToTensor(centers, k, d);
        var centroids = centerTensor.DetachFromDisposeScope();
        return new KMeansResult(Array.ConvertAll(labels, l => (int)l), centroids, inertia, iterations, converged)
        {
            Steps = steps,
        };
    }

    /// <summary>The sum over rows of the squared distance to the assigned centroid, from coordinate differences.</summary>
    private static double SumOfSquaredDistances<T>(Tensor x, T[] centers, long[] labels, long blockRows) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var d = (int)x.shape[1];
        var workers = Math.Max(1, torch.get_num_threads());
        const int stride = 8; // one cache line per worker's sum
        var sums = new double[workers * stride];
        RowBlocks.ForEachRow<T>(x, RowBlocks.BlockRows(x, blockRows), workers, (row, i, w) =>
        {
            var distance = double.CreateTruncating(TensorPrimitives.Distance(row, new ReadOnlySpan<T>(centers, (int)labels[i] * d, d)));
            sums[w * stride] += distance * distance;
        });
        return sums.Sum();
    }
}
