namespace DeepClustering.Training;

/// <summary>One progress report of a training loop, for live charts and progress bars.</summary>
/// <param name="Epoch">The current epoch, 1-based (for loops without epochs: the current round).</param>
/// <param name="Epochs">The planned number of epochs.</param>
/// <param name="Iteration">Iterations (optimiser steps) done so far in the whole run.</param>
/// <param name="IterationsPerEpoch">Steps per epoch (0 when the loop has no epochs).</param>
/// <param name="Loss">Mean training loss of the current epoch so far.</param>
/// <param name="ValidationLoss">Validation loss at the end of the epoch, when there is validation data and the epoch ended.</param>
/// <param name="Metrics">Extra named numbers (for example the fraction of changed labels in DEC); never null.</param>
/// <param name="Elapsed">Training wall time so far; a run resumed from a saved state includes the time spent before it stopped.</param>
/// <param name="EpochCompleted">True for the report made when an epoch (or round) ends.</param>
public sealed record TrainingProgress(
    int Epoch,
    int Epochs,
    long Iteration,
    long IterationsPerEpoch,
    double Loss,
    double? ValidationLoss,
    IReadOnlyDictionary<string, double> Metrics,
    TimeSpan Elapsed,
    bool EpochCompleted)
{
    /// <summary>An empty metric set, shared.</summary>
    public static IReadOnlyDictionary<string, double> NoMetrics { get; } = new Dictionary<string, double>();
}
