namespace DeepClustering.Deep;

/// <summary>Settings of the neural k-means of experiment 2; the defaults are the original's protocol.</summary>
public sealed record NeuralKMeansOptions
{
    /// <summary>Number of clusters (and classifier outputs).</summary>
    public int K { get; init; } = 10;

    /// <summary>Number of rounds (train, predict, recompute centroids).</summary>
    public int Rounds { get; init; } = 20;

    /// <summary>Adam steps on the k labelled centroids per round.</summary>
    public int StepsPerRound { get; init; } = 1;

    /// <summary>Adam learning rate.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Dropout rate before the dense layer.</summary>
    public double Dropout { get; init; } = 0.5;

    /// <summary>Seed for the initial centroid pick, the weights and the dropout masks.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Rows per batch when predicting clusters.</summary>
    public int InferenceBatchSize { get; init; } = 2048;

    /// <summary>What to do with a cluster that received no sample.</summary>
    public EmptyClusterPolicy EmptyClusters { get; init; } = EmptyClusterPolicy.KeepPrevious;

    /// <summary>Keep a per-round snapshot of centroids and labels in the result (for the evolving-centroid grid).</summary>
    public bool KeepSnapshots { get; init; } = true;

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (K < 1) throw new ArgumentOutOfRangeException(nameof(K), K, "K must be at least 1.");
        if (Rounds < 1) throw new ArgumentOutOfRangeException(nameof(Rounds), Rounds, "At least one round is needed.");
        if (StepsPerRound < 1) throw new ArgumentOutOfRangeException(nameof(StepsPerRound), StepsPerRound, "At least one step per round is needed.");
        if (!(LearningRate > 0) || double.IsInfinity(LearningRate)) throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "The learning rate must be positive and finite.");
        if (InferenceBatchSize < 1) throw new ArgumentOutOfRangeException(nameof(InferenceBatchSize), InferenceBatchSize, "The batch size must be at least 1.");
        if (!Enum.IsDefined(EmptyClusters)) throw new ArgumentOutOfRangeException(nameof(EmptyClusters), EmptyClusters, "Unknown empty-cluster policy.");
    }
}
