namespace DeepClustering.Training;

/// <summary>What <see cref="Trainer.Fit"/> did: the per-epoch history and the chosen epoch.</summary>
/// <param name="History">One record per finished epoch.</param>
/// <param name="BestEpoch">The epoch whose weights the model holds at the end (lowest validation loss, or the last epoch).</param>
/// <param name="Elapsed">Total wall time.</param>
public sealed record TrainingResult(IReadOnlyList<EpochRecord> History, int BestEpoch, TimeSpan Elapsed)
{
    /// <summary>The epoch a resumed run continued after (0 when training started from the beginning).</summary>
    public int ResumedAfterEpoch { get; init; }

    /// <summary>Training loss of each epoch, in order.</summary>
    public IReadOnlyList<double> Losses => History.Select(h => h.Loss).ToArray();

    /// <summary>Validation loss of the best epoch, if there was validation data.</summary>
    public double? BestValidationLoss => History.FirstOrDefault(h => h.Epoch == BestEpoch)?.ValidationLoss;
}
