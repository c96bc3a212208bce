namespace DeepClustering.Deep;

/// <summary>Where a <see cref="Dec.Fit"/> spent its wall time.</summary>
/// <param name="Initialisation">Codes of the whole set, k-means on them and the first soft assignments.</param>
/// <param name="Steps">All SGD steps (batch gathering, forward, backward, update).</param>
/// <param name="Refreshes">All target refreshes and the final labelling: q over the whole set without gradients, in batches of <see cref="DecOptions.InferenceBatchSize"/>.</param>
public sealed record DecTimeSplit(TimeSpan Initialisation, TimeSpan Steps, TimeSpan Refreshes);
