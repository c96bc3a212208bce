using DeepClustering.Deep;

namespace DeepClustering.Reproductions;

/// <summary>DEC as DEC-keras and Keras_Deep_Clustering train it (experiments 5 and 6 share it).</summary>
internal static class KerasDecSettings
{
    /// <summary>
    /// SGD lr 0.01, momentum 0.9, batch 256, tolerance 0.001, k-means with 20 restarts, the same batches in order
    /// every pass; the profile gives the iteration limit and the refresh interval.
    /// </summary>
    public static DecOptions Options(int seed, int maxIterations, int updateInterval) => new()
    {
        Seed = seed, LearningRate = 0.01, Momentum = 0.9, BatchSize = 256, MaxIterations = maxIterations,
        UpdateInterval = updateInterval, Tolerance = 0.001, KMeansRestarts = 20, ShuffleEachPass = false,
    };
}
