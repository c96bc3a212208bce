using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>Settings of DEC's self-training; the defaults are experiment 5's (and DEC-keras') protocol.</summary>
public sealed record DecOptions
{
    /// <summary>Seed of the centre initialisation, the batch order and torch's global generator (dropout in the encoder).</summary>
    public int Seed { get; init; } = 4;

    /// <summary>SGD learning rate.</summary>
    public double LearningRate { get; init; } = 0.01;

    /// <summary>SGD momentum.</summary>
    public double Momentum { get; init; } = 0.9;

    /// <summary>Samples per training batch (batches are index views drawn from a seeded permutation, reshuffled after each pass).</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>The most SGD iterations (batches).</summary>
    public int MaxIterations { get; init; } = 8000;

    /// <summary>Iterations between refreshes of the target distribution P (and of the stopping check).</summary>
    public int UpdateInterval { get; init; } = 140;

    /// <summary>Training stops at a refresh when the fraction of labels changed since the previous refresh is below this.</summary>
    public double Tolerance { get; init; } = 0.001;

    /// <summary>k-means restarts of the default centre initialisation.</summary>
    public int KMeansRestarts { get; init; } = 20;

    /// <summary>Custom centre initialisation: (codes [N, d], k, seed) to centres [k, d] (the caller of Fit disposes nothing; DEC disposes the returned tensor). Null uses the library's k-means.</summary>
    public Func<Tensor, int, int, Tensor>? CentreInitializer { get; init; }

    /// <summary>IDEC: a decoder from codes back to inputs; when set, the loss is MSE reconstruction + <see cref="ClusteringWeight"/> x KL and the decoder trains too.</summary>
    public nn.Module<Tensor, Tensor>? Decoder { get; init; }

    /// <summary>IDEC's gamma, the weight of the clustering loss next to the reconstruction loss (0.1 in the IDEC paper); unused without a decoder.</summary>
    public double ClusteringWeight { get; init; } = 0.1;

    /// <summary>A metric of the current labels (e.g. Hungarian accuracy against known classes), recorded at every refresh; null records none.</summary>
    public Func<int[], double>? Metric { get; init; }

    /// <summary>Rows per batch when computing codes and q over the whole set.</summary>
    public int InferenceBatchSize { get; init; } = 2048;

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (!(LearningRate > 0) || double.IsInfinity(LearningRate)) throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "The learning rate must be positive and finite.");
        if (Momentum is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(Momentum), Momentum, "Momentum must be in [0, 1).");
        if (BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "The batch size must be at least 1.");
        if (MaxIterations < 0) throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "The iteration limit must not be negative.");
        if (UpdateInterval < 1) throw new ArgumentOutOfRangeException(nameof(UpdateInterval), UpdateInterval, "The update interval must be at least 1.");
        if (Tolerance is < 0 or > 1 || double.IsNaN(Tolerance)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "The tolerance is a fraction in [0, 1].");
        if (KMeansRestarts < 1) throw new ArgumentOutOfRangeException(nameof(KMeansRestarts), KMeansRestarts, "At least one k-means restart is needed.");
        if (ClusteringWeight < 0 || double.IsNaN(ClusteringWeight) || double.IsInfinity(ClusteringWeight)) throw new ArgumentOutOfRangeException(nameof(ClusteringWeight), ClusteringWeight, "The clustering weight must be finite and not negative.");
        if (InferenceBatchSize < 1) throw new ArgumentOutOfRangeException(nameof(InferenceBatchSize), InferenceBatchSize, "The batch size must be at least 1.");
    }
}
