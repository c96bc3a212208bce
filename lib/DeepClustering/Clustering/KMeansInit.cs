namespace DeepClustering.Clustering;

/// <summary>How k-means chooses its starting centroids.</summary>
public enum KMeansInit
{
    /// <summary>Greedy k-means++ as scikit-learn does it: 2 + ln k candidates per step, the one that lowers the inertia most wins.</summary>
    KMeansPlusPlus,

    /// <summary>k distinct data rows drawn uniformly at random (seeded).</summary>
    Random,

    /// <summary>The rows of <see cref="KMeansOptions.InitialCentroids"/>.</summary>
    Given,
}
