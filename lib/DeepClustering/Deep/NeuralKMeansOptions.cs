using DeepClustering.Caching;

namespace DeepClustering.Deep;

/// <summary>Settings of the neural k-means of experiment 2; the defaults are the original's protocol.</summary>
public sealed record NeuralKMeansOptions
{
    /// <summary>Number of clusters (and classifier outputs).</summary>
    [ChangesNumbers]
    public int K { get; init; } = 10;

    /// <summary>Number of rounds (train, predict, recompute centroids).</summary>
    [ChangesNumbers]
    public int Rounds { get; init; } = 20;

    /// <summary>Adam steps on the k labelled centroids per round.</summary>
    [ChangesNumbers]
    public int StepsPerRound { get; init; } = 1;

    /// <summary>Adam learning rate.</summary>
    [ChangesNumbers]
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Dropout rate before the dense layer: part of the architecture, inactive in the steps and predictions, as in the original.</summary>
    [ChangesNumbers]
    public double Dropout { get; init; } = 0.5;

    /// <summary>Seed for the initial centroid pick and the weights.</summary>
    [ChangesNumbers]
    public int Seed { get; init; }

    /// <summary>Rows per batch when predicting clusters.</summary>
    [ChangesNumbers]
    public int InferenceBatchSize { get; init; } = 2048;

    /// <summary>What to do with a cluster that received no sample.</summary>
    [ChangesNumbers]
    public EmptyClusterPolicy EmptyClusters { get; init; } = EmptyClusterPolicy.KeepPrevious;

    /// <summary>Keep a per-round snapshot of centroids and labels in the result (for the evolving-centroid grid).</summary>
    [ChangesNumbers]
    public bool KeepSnapshots { get; init; } = true;

    /// <summary>Throws one <see cref="OptionOutOfRangeException"/> naming every setting out of range.</summary>
    public void Validate()
    {
        new OptionChecks()
            .Require(K >= 1, nameof(K), K, "at least 1")
            .Require(Rounds >= 1, nameof(Rounds), Rounds, "at least 1")
            .Require(StepsPerRound >= 1, nameof(StepsPerRound), StepsPerRound, "at least 1")
            .Require(LearningRate > 0 && !double.IsInfinity(LearningRate),
                nameof(LearningRate), LearningRate, "positive and finite")
            .Require(Dropout is >= 0 and < 1, nameof(Dropout), Dropout, "in [0, 1)")
            .Require(InferenceBatchSize >= 1, nameof(InferenceBatchSize), InferenceBatchSize, "at least 1")
            .Require(Enum.IsDefined(EmptyClusters), nameof(EmptyClusters), EmptyClusters, "an EmptyClusterPolicy")
            .ThrowIfAny();
    }
}
