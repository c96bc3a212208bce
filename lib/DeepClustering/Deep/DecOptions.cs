using DeepClustering.Caching;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>Settings of DEC's self-training; the defaults are experiment 5's (and DEC-keras') protocol.</summary>
public sealed record DecOptions
{
    /// <summary>Seed of the centre initialisation, the batch order and torch's global generator (dropout in the encoder).</summary>
    [ChangesNumbers]
    public int Seed { get; init; }

    /// <summary>SGD learning rate.</summary>
    [ChangesNumbers]
    public double LearningRate { get; init; } = 0.01;

    /// <summary>SGD momentum.</summary>
    [ChangesNumbers]
    public double Momentum { get; init; } = 0.9;

    /// <summary>
    /// Reshuffle the batch order every pass (seeded); false cycles through the samples in their stored order, the same
    /// batches every pass, as DEC-keras and experiment 5's original do.
    /// </summary>
    [ChangesNumbers]
    public bool ShuffleEachPass { get; init; } = true;

    /// <summary>Samples per training batch (index views of the pass's order: see <see cref="ShuffleEachPass"/>).</summary>
    [ChangesNumbers]
    public int BatchSize { get; init; } = 256;

    /// <summary>The most SGD iterations (batches).</summary>
    [ChangesNumbers]
    public int MaxIterations { get; init; } = 8000;

    /// <summary>Iterations between refreshes of the target distribution P (and of the stopping check).</summary>
    [ChangesNumbers]
    public int UpdateInterval { get; init; } = 140;

    /// <summary>Training stops at a refresh when the fraction of labels changed since the previous refresh is below this.</summary>
    [ChangesNumbers]
    public double Tolerance { get; init; } = 0.001;

    /// <summary>k-means restarts of the default centre initialisation.</summary>
    [ChangesNumbers]
    public int KMeansRestarts { get; init; } = 20;

    /// <summary>Custom centre initialisation: (codes [N, d], k, seed) to centres [k, d] (the caller of Fit disposes nothing; DEC disposes the returned tensor). Null uses the library's k-means.</summary>
    [ChangesNumbers]
    public Func<Tensor, int, int, Tensor>? CentroidInitializer { get; init; }

    /// <summary>IDEC: a decoder from codes back to inputs; when set, the loss is MSE reconstruction + <see cref="ClusteringWeight"/> x KL and the decoder trains too.</summary>
    [ChangesNumbers]
    public nn.Module<Tensor, Tensor>? Decoder { get; init; }

    /// <summary>IDEC's gamma, the weight of the clustering loss next to the reconstruction loss (0.1 in the IDEC paper); unused without a decoder.</summary>
    [ChangesNumbers]
    public double ClusteringWeight { get; init; } = 0.1;

    /// <summary>A metric of the current labels (e.g. Hungarian accuracy against known classes), recorded at every refresh; null records none.</summary>
    [KeepsNumbers]
    public Func<int[], double>? Metric { get; init; }

    /// <summary>Rows per batch when computing codes and q over the whole set.</summary>
    [ChangesNumbers]
    public int InferenceBatchSize { get; init; } = 2048;

    /// <summary>Throws one <see cref="OptionOutOfRangeException"/> naming every setting out of range.</summary>
    public void Validate()
    {
        new OptionChecks()
            .Require(LearningRate > 0 && !double.IsInfinity(LearningRate),
                nameof(LearningRate), LearningRate, "positive and finite")
            .Require(Momentum is >= 0 and < 1, nameof(Momentum), Momentum, "in [0, 1)")
            .Require(BatchSize >= 1, nameof(BatchSize), BatchSize, "at least 1")
            .Require(MaxIterations >= 0, nameof(MaxIterations), MaxIterations, "at least 0")
            .Require(UpdateInterval >= 1, nameof(UpdateInterval), UpdateInterval, "at least 1")
            .Require(Tolerance is >= 0 and <= 1, nameof(Tolerance), Tolerance, "a fraction in [0, 1]")
            .Require(KMeansRestarts >= 1, nameof(KMeansRestarts), KMeansRestarts, "at least 1")
            .Require(ClusteringWeight >= 0 && !double.IsInfinity(ClusteringWeight),
                nameof(ClusteringWeight), ClusteringWeight, "finite and not negative")
            .Require(InferenceBatchSize >= 1, nameof(InferenceBatchSize), InferenceBatchSize, "at least 1")
            .ThrowIfAny();
    }
}
