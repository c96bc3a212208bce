namespace DeepClustering.Training;

/// <summary>The numbers of one finished epoch.</summary>
/// <param name="Epoch">The epoch, 1-based.</param>
/// <param name="Loss">Mean training loss over the epoch (weighted by batch size).</param>
/// <param name="ValidationLoss">Validation loss after the epoch, if validation data was given.</param>
/// <param name="Elapsed">Wall time since training started, at the end of the epoch.</param>
/// <param name="Metrics">Extra numbers computed at the end of the epoch (empty when none were asked for).</param>
public sealed record EpochRecord(int Epoch, double Loss, double? ValidationLoss, TimeSpan Elapsed, IReadOnlyDictionary<string, double>? Metrics = null);
