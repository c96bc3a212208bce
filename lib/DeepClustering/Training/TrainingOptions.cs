using DeepClustering.Caching;

namespace DeepClustering.Training;

/// <summary>How <see cref="Trainer"/> fits a model (defaults: Adam lr 1e-3, MSE, batch 256, 10 epochs, seed 0).</summary>
public sealed record TrainingOptions
{
    /// <summary>Number of passes over the training set.</summary>
    [ChangesNumbers]
    public int Epochs { get; init; } = 10;

    /// <summary>Samples per mini-batch (the last batch of an epoch may be smaller).</summary>
    [ChangesNumbers]
    public int BatchSize { get; init; } = 256;

    /// <summary>The optimiser.</summary>
    [ChangesNumbers]
    public OptimizerKind Optimizer { get; init; } = OptimizerKind.Adam;

    /// <summary>The learning rate.</summary>
    [ChangesNumbers]
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>SGD momentum (ignored by Adam).</summary>
    [ChangesNumbers]
    public double Momentum { get; init; } = 0.9;

    /// <summary>Epsilon of both Adams: 1e-8 is PyTorch's default, 1e-7 Keras' (with <see cref="OptimizerKind.KerasAdam"/>).</summary>
    [ChangesNumbers]
    public double Epsilon { get; init; } = 1e-8;

    /// <summary>The loss.</summary>
    [ChangesNumbers]
    public LossKind Loss { get; init; } = LossKind.MeanSquaredError;

    /// <summary>Seed of the shuffling generator (and of nothing else: models take their own init seed).</summary>
    [ChangesNumbers]
    public int Seed { get; init; }

    /// <summary>Shuffle the training set every epoch (seeded); false keeps the stored order.</summary>
    [ChangesNumbers]
    public bool Shuffle { get; init; } = true;

    /// <summary>With validation data, restore the weights of the epoch with the lowest validation loss at the end.</summary>
    [ChangesNumbers]
    public bool RestoreBestByValidation { get; init; } = true;

    /// <summary>When set, the best-by-validation weights (or the last ones without validation) are also saved to this file, atomically.</summary>
    [KeepsNumbers]
    public string? CheckpointPath { get; init; }

    /// <summary>Report progress every this many iterations (epoch ends are always reported).</summary>
    [KeepsNumbers]
    public int ProgressInterval { get; init; } = 50;

    /// <summary>Batch size used to compute the validation loss (no gradients, so it can be larger).</summary>
    [ChangesNumbers]
    public int EvaluationBatchSize { get; init; } = 1024;

    /// <summary>Throws one <see cref="OptionOutOfRangeException"/> naming every setting out of range.</summary>
    public void Validate()
    {
        new OptionChecks()
            .Require(Epochs >= 0, nameof(Epochs), Epochs, ">= 0")
            .Require(BatchSize > 0, nameof(BatchSize), BatchSize, "> 0")
            .Require(LearningRate > 0 && double.IsFinite(LearningRate),
                nameof(LearningRate), LearningRate, "> 0 and finite")
            .Require(Epsilon > 0 && double.IsFinite(Epsilon), nameof(Epsilon), Epsilon, "> 0 and finite")
            .Require(Momentum is >= 0 and < 1, nameof(Momentum), Momentum, "in [0, 1)")
            .Require(ProgressInterval > 0, nameof(ProgressInterval), ProgressInterval, "> 0")
            .Require(EvaluationBatchSize > 0, nameof(EvaluationBatchSize), EvaluationBatchSize, "> 0")
            .ThrowIfAny();
    }
}
