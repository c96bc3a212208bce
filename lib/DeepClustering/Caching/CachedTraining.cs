namespace DeepClustering.Caching;

/// <summary>The outcome of a cached fit: what training returned (now or in the run that cached it).</summary>
/// <param name="Result">The training result (for example a <c>TrainingResult</c> with its loss history).</param>
/// <param name="FromCache">True when the weights and the result were loaded instead of trained.</param>
public sealed record CachedTraining<T>(T Result, bool FromCache);
