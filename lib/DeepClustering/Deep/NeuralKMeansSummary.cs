namespace DeepClustering.Deep;

/// <summary>What a cached neural k-means keeps beside its tensors: the last labels, the progress and each round's labels.</summary>
/// <param name="Labels">The cluster of every training sample predicted in the last round.</param>
/// <param name="Progress">Per-round progress figures.</param>
/// <param name="RoundLabels">Per-round labels (empty when snapshots were turned off).</param>
public sealed record NeuralKMeansSummary(int[] Labels, IReadOnlyList<NeuralKMeansProgress> Progress, IReadOnlyList<int[]> RoundLabels);
