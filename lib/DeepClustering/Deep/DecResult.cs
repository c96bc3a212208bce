using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>The outcome of <see cref="Dec.Fit"/>: final labels and soft assignments, initial k-means labels, and the refresh history.</summary>
public sealed class DecResult : IDisposable
{
    internal DecResult(int[] labels, Tensor q, int[] initialLabels, int iterations, bool converged, IReadOnlyList<DecProgress> history, TimeSpan elapsed) =>
        (Labels, Q, InitialLabels, Iterations, Converged, History, Elapsed) = (labels, q, initialLabels, iterations, converged, history, elapsed);

    /// <summary>Final cluster of every sample (arg-max of <see cref="Q"/>).</summary>
    public int[] Labels { get; }

    /// <summary>Final soft assignments [N, K] (owned by this result).</summary>
    public Tensor Q { get; }

    /// <summary>The labels from the initial centres (the k-means step DEC starts from).</summary>
    public int[] InitialLabels { get; }

    /// <summary>SGD iterations done.</summary>
    public int Iterations { get; }

    /// <summary>True when training stopped on the label-change tolerance, false when it hit the iteration limit.</summary>
    public bool Converged { get; }

    /// <summary>One entry per target refresh, the first at iteration 0.</summary>
    public IReadOnlyList<DecProgress> History { get; }

    /// <summary>Wall time of the whole fit: the k-means start, the iterations and the final labelling.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Where <see cref="Elapsed"/> went: the centre initialisation (codes and k-means), the SGD steps and the target refreshes (inference over the whole set).</summary>
    public DecTimeSplit Split { get; init; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>Iterations, convergence, history, wall time and starting labels without the tensors, e.g. to cache with the trained weights.</summary>
    public DecSummary Summary => new(Iterations, Converged, History, Elapsed, InitialLabels);

    /// <summary>Releases <see cref="Q"/>.</summary>
    public void Dispose() => Q.Dispose();
}
