using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>
/// One Lloyd run from given centroids, step for step as scikit-learn's <c>_kmeans_single_lloyd</c>: assign, update, stop
/// when the labels repeat or the total squared centroid shift is at most the absolute tolerance, then (unless the labels
/// repeated) assign once more so the labels match the final centroids.
/// </summary>
internal sealed class LloydRun : IDisposable
{
    private LloydRun(Tensor labels, Tensor centers, double inertia, int iterations, bool converged)
    {
        Labels = labels;
        Centers = centers;
        Inertia = inertia;
        Iterations = iterations;
        Converged = converged;
    }

    /// <summary>int64 [n] labels, outside any dispose scope.</summary>
    public Tensor Labels { get; }

    /// <summary>(k, d) centroids, outside any dispose scope.</summary>
    public Tensor Centers { get; }

    /// <summary>The exact inertia of the labels and centroids.</summary>
    public double Inertia { get; }

    /// <summary>Iterations run.</summary>
    public int Iterations { get; }

    /// <summary>Stopped before the iteration limit.</summary>
    public bool Converged { get; }

    /// <summary>Runs Lloyd's algorithm on <paramref name="x"/> from <paramref name="initial"/> (not modified).</summary>
    public static LloydRun Run(Tensor x, Tensor initial, int maxIter, double absoluteTolerance, long blockRows)
    {
        using var scope = NewDisposeScope();
        var n = x.shape[0];
        var centers = initial.clone();
        var labels = torch.empty(n, ScalarType.Int64);
        var previous = torch.full(n, -1L, ScalarType.Int64);
        bool converged = false, labelsRepeated = false;
        var iterations = maxIter;
        for (var i = 0; i < maxIter && !converged; i++)
        {
            using var step = NewDisposeScope();
            NearestCentroid.Assign(x, centers, blockRows, labels);
            var next = CentroidUpdate.Means(x, centers, labels, blockRows);
            var shift = (next - centers).square().sum(type: ScalarType.Float64).item<double>();
            centers.copy_(next);
            labelsRepeated = labels.eq(previous).all().item<bool>();
            converged = labelsRepeated || shift <= absoluteTolerance;
            if (converged) iterations = i + 1;
            else previous.copy_(labels);
        }
        if (!labelsRepeated) NearestCentroid.Assign(x, centers, blockRows, labels);
        var inertia = AssignedDistances.Inertia(x, centers, labels);
        return new LloydRun(labels.DetachFromDisposeScope(), centers.DetachFromDisposeScope(), inertia, iterations, converged);
    }

    /// <summary>Releases the tensors.</summary>
    public void Dispose()
    {
        Labels.Dispose();
        Centers.Dispose();
    }
}
