using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>Progress of one neural k-means round, as passed to the per-round callback.</summary>
/// <param name="Round">1-based round number.</param>
/// <param name="Loss">Cross-entropy on the labelled centroids at the round's last training step.</param>
/// <param name="ChangedLabels">Samples whose cluster differs from the previous round (all of them in round 1).</param>
/// <param name="EmptyClusters">Clusters that received no sample this round.</param>
/// <param name="Elapsed">Time since the fit started.</param>
public readonly record struct NeuralKMeansProgress(int Round, double Loss, long ChangedLabels, int EmptyClusters, TimeSpan Elapsed);

/// <summary>A snapshot after one round: the progress figures, the labels and the recomputed centroids.</summary>
/// <param name="Progress">The round's progress figures.</param>
/// <param name="Labels">The cluster of every sample predicted in this round.</param>
/// <param name="Centroids">The centroids recomputed at the end of the round, [K, C, H, W]; owned by the result.</param>
public sealed record NeuralKMeansRound(NeuralKMeansProgress Progress, int[] Labels, Tensor Centroids);
