namespace DeepClustering.Metrics;

/// <summary>Pair-counting agreement between two labellings: the (unadjusted) Rand index and the adjusted Rand index.</summary>
public static class PairCounting
{
    /// <summary>Ordered-pair counts: pairs together in both, apart in both, and the two kinds of disagreement.</summary>
    /// <param name="SameBoth">Pairs in the same class and the same cluster (tp).</param>
    /// <param name="ApartBoth">Pairs in different classes and different clusters (tn).</param>
    /// <param name="SameClassOnly">Pairs in the same class but different clusters (fn).</param>
    /// <param name="SameClusterOnly">Pairs in different classes but the same cluster (fp).</param>
    public readonly record struct PairConfusion(Int128 SameBoth, Int128 ApartBoth, Int128 SameClassOnly, Int128 SameClusterOnly);

    /// <summary>Counts ordered pairs of distinct samples by agreement (scikit-learn's pair_confusion_matrix).</summary>
    public static PairConfusion Count(ConfusionMatrix confusion)
    {
        ArgumentNullException.ThrowIfNull(confusion);
        var clusterSizes = confusion.RowSums();
        var classSizes = confusion.ColumnSums();
        Int128 n = confusion.Total, sumSquares = 0, byClass = 0, byCluster = 0;
        for (var r = 0; r < confusion.RowCount; r++)
        {
            for (var c = 0; c < confusion.ColumnCount; c++)
            {
                Int128 count = confusion.Counts[r, c];
                sumSquares += count * count;
                byCluster += count * clusterSizes[r];
                byClass += count * classSizes[c];
            }
        }
        var tp = sumSquares - n;
        var fn = byClass - sumSquares;
        var fp = byCluster - sumSquares;
        var tn = n * n - fn - fp - sumSquares;
        return new PairConfusion(tp, tn, fn, fp);
    }

    /// <summary>The unadjusted Rand index: the share of sample pairs on which both labellings agree (1 in the degenerate cases).</summary>
    /// <exception cref="ArgumentException">The label sequences differ in length.</exception>
    public static double Rand(ReadOnlySpan<int> labelsTrue, ReadOnlySpan<int> labelsPred)
    {
        var pairs = Count(ConfusionMatrix.Create(labelsTrue, labelsPred));
        var agree = pairs.SameBoth + pairs.ApartBoth;
        var all = agree + pairs.SameClassOnly + pairs.SameClusterOnly;
        if (agree == all || all == 0) return 1.0;
        return (double)agree / (double)all;
    }

    /// <summary>The adjusted Rand index (chance-corrected; 1 for identical partitions, about 0 for random ones).</summary>
    /// <exception cref="ArgumentException">The label sequences differ in length.</exception>
    public static double AdjustedRand(ReadOnlySpan<int> labelsTrue, ReadOnlySpan<int> labelsPred)
    {
        var (tp, tn, fn, fp) = Count(ConfusionMatrix.Create(labelsTrue, labelsPred));
        if (fn == 0 && fp == 0) return 1.0;
        var numerator = 2 * (tp * tn - fn * fp);
        var denominator = (tp + fn) * (fn + tn) + (tp + fp) * (fp + tn);
        return (double)numerator / (double)denominator;
    }
}
