namespace DeepClustering.Deep;

/// <summary>What the neural k-means does with a cluster that no sample was assigned to in a round.</summary>
public enum EmptyClusterPolicy
{
    /// <summary>Keep the previous centroid, so the network keeps training on it as a labelled example (default).</summary>
    KeepPrevious,

    /// <summary>Move the centroid onto the sample farthest from its own cluster's centroid; further empty clusters go farthest-first (farthest from both their centroid and the samples already picked).</summary>
    RelocateFarthest,
}
