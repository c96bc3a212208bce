using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>The outcome of <see cref="KMeans.Fit(Tensor, KMeansOptions)"/>; owns its centroids.</summary>
public sealed class KMeansResult : IDisposable
{
    internal KMeansResult(int[] labels, Tensor centroids, double inertia, int iterations, bool converged)
    {
        Labels = labels;
        Centroids = centroids;
        Inertia = inertia;
        Iterations = iterations;
        Converged = converged;
    }

    /// <summary>The cluster of every sample, each the nearest final centroid.</summary>
    public int[] Labels { get; }

    /// <summary>The final centroids, [K, d] in the fit's dtype.</summary>
    public Tensor Centroids { get; }

    /// <summary>Sum of squared distances of the samples to their centroids.</summary>
    public double Inertia { get; }

    /// <summary>Lloyd iterations of the kept run.</summary>
    public int Iterations { get; }

    /// <summary>Whether the kept run stopped by tolerance or stable labels rather than at the iteration limit.</summary>
    public bool Converged { get; }

    /// <summary>Per assignment step of the Lloyd run: labels changed, rows whose distance sweep was skipped.</summary>
    internal IReadOnlyList<(long Changed, long Skipped)> Steps { get; init; } = [];

    /// <summary>Row assignments of the Lloyd run (rows times assignment steps).</summary>
    internal long RowsAssigned => (long)Steps.Count * Labels.Length;

    /// <summary>Row assignments of the Lloyd run whose distance sweep the bounds skipped.</summary>
    internal long RowsSkipped => Steps.Sum(s => s.Skipped);

    /// <summary>Releases the centroids.</summary>
    public void Dispose() => Centroids.Dispose();
}
