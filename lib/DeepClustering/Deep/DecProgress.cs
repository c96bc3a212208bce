namespace DeepClustering.Deep;

/// <summary>DEC progress at a target refresh, as recorded in the history and passed to the callback.</summary>
/// <param name="Iteration">SGD iterations done so far.</param>
/// <param name="Loss">Mean training loss over the iterations since the previous refresh (NaN at iteration 0).</param>
/// <param name="DeltaLabel">Fraction of samples whose label changed since the previous refresh (1 at iteration 0).</param>
/// <param name="Metric">The value of <see cref="DecOptions.Metric"/> on the current labels, when given.</param>
/// <param name="Elapsed">Time since the fit started.</param>
public readonly record struct DecProgress(int Iteration, double Loss, double DeltaLabel, double? Metric, TimeSpan Elapsed);
