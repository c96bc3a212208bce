namespace DeepClustering.Metrics;

/// <summary>Accuracy-style scores of a clustering against true classes, all in [0, 1].</summary>
public static class ClusterAccuracy
{
    /// <summary>Hungarian accuracy (ACC): the best one-to-one cluster-to-class mapping's share of correctly mapped
    /// samples.</summary>
    public static double Hungarian(ReadOnlySpan<int> labelsTrue, ReadOnlySpan<int> labelsPred) =>
        Hungarian(ConfusionMatrix.Create(labelsTrue, labelsPred));

    /// <summary>
    /// The Hungarian accuracy of predicted labels against <paramref name="labelsTrue"/>, as a function (DEC's shown
    /// metric).
    /// </summary>
    public static Func<int[], double> HungarianAgainst(int[] labelsTrue)
    {
        ArgumentNullException.ThrowIfNull(labelsTrue);
        return labelsPred => Hungarian(labelsTrue, labelsPred);
    }

    /// <summary>Hungarian accuracy from a confusion matrix.</summary>
    public static double Hungarian(ConfusionMatrix confusion)
    {
        ArgumentNullException.ThrowIfNull(confusion);
        if (confusion.Total == 0) return 1.0;
        var match = confusion.Match();
        long hit = 0;
        for (var r = 0; r < match.Length; r++)
            if (match[r] >= 0) hit += confusion.Counts[r, match[r]];
        return (double)hit / confusion.Total;
    }

    /// <summary>Majority accuracy: each cluster predicts its most frequent class (several clusters may share one
    /// class).</summary>
    public static double Majority(ReadOnlySpan<int> labelsTrue, ReadOnlySpan<int> labelsPred) =>
        Majority(ConfusionMatrix.Create(labelsTrue, labelsPred));

    /// <summary>Majority accuracy from a confusion matrix.</summary>
    public static double Majority(ConfusionMatrix confusion)
    {
        ArgumentNullException.ThrowIfNull(confusion);
        if (confusion.Total == 0) return 1.0;
        long hit = 0;
        for (var r = 0; r < confusion.RowCount; r++)
        {
            long best = 0;
            for (var c = 0; c < confusion.ColumnCount; c++) best = Math.Max(best, confusion.Counts[r, c]);
            hit += best;
        }
        return (double)hit / confusion.Total;
    }

    /// <summary>Purity: sum over clusters of the largest class count, over N. Numerically the same as <see
    /// cref="Majority(ConfusionMatrix)"/>.</summary>
    public static double Purity(ReadOnlySpan<int> labelsTrue, ReadOnlySpan<int> labelsPred) =>
        Majority(labelsTrue, labelsPred);

    /// <summary>Purity from a confusion matrix.</summary>
    public static double Purity(ConfusionMatrix confusion) => Majority(confusion);
}
