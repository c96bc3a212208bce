namespace DeepClustering.Metrics;

/// <summary>The label-based scores every experiment reports for one clustering against the true classes.</summary>
/// <param name="Acc">Hungarian (one-to-one) accuracy.</param>
/// <param name="MajorityAcc">Majority accuracy (each cluster votes for its most frequent class); equals purity.</param>
/// <param name="Nmi">Normalised mutual information, arithmetic normalisation.</param>
/// <param name="Ari">Adjusted Rand index.</param>
/// <param name="Rand">Unadjusted Rand index.</param>
public sealed record ClusteringScores(double Acc, double MajorityAcc, double Nmi, double Ari, double Rand)
{
    /// <summary>Computes every score of <paramref name="predicted"/> clusters against <paramref name="truth"/>
    /// classes.</summary>
    public static ClusteringScores Compute(ReadOnlySpan<int> truth, ReadOnlySpan<int> predicted)
    {
        var confusion = ConfusionMatrix.Create(truth, predicted);
        return new ClusteringScores(
            ClusterAccuracy.Hungarian(confusion),
            ClusterAccuracy.Majority(confusion),
            MutualInformation.Normalized(truth, predicted),
            PairCounting.AdjustedRand(truth, predicted),
            PairCounting.Rand(truth, predicted));
    }

    /// <summary>The four scores a reader compares, in words: Hungarian and majority accuracy (percent), NMI,
    /// ARI.</summary>
    public string Describe() =>
        $"Hungarian accuracy {Acc:P1}, majority accuracy {MajorityAcc:P1}, NMI {Nmi:0.000}, ARI {Ari:0.000}";
}
