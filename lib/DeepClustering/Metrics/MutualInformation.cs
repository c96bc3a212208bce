namespace DeepClustering.Metrics;

/// <summary>Information-theoretic agreement between two labellings (natural logarithms), following scikit-learn's definitions.</summary>
public static class MutualInformation
{
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>Mutual information (nats) between the two labellings.</summary>
    public static double Score(ReadOnlySpan<int> labelsTrue, ReadOnlySpan<int> labelsPred) =>
        Score(ConfusionMatrix.Create(labelsTrue, labelsPred));

    /// <summary>Mutual information (nats) from a contingency table.</summary>
    public static double Score(ConfusionMatrix confusion)
    {
        ArgumentNullException.ThrowIfNull(confusion);
        if (confusion.RowCount <= 1 || confusion.ColumnCount <= 1) return 0.0;
        var rowSums = confusion.RowSums();
        var columnSums = confusion.ColumnSums();
        double n = confusion.Total, logN = Math.Log(n);
        var mi = 0.0;
        for (var r = 0; r < confusion.RowCount; r++)
        {
            for (var c = 0; c < confusion.ColumnCount; c++)
            {
                var count = confusion.Counts[r, c];
                if (count == 0) continue;
                var p = count / n;
                // log(n_rc * N / (n_r * n_c)) written as differences of logs to keep precision.
                var term = p * (Math.Log(count) - logN) + p * (-Math.Log((double)rowSums[r] * columnSums[c]) + logN + logN);
                if (Math.Abs(term) >= MachineEpsilon) mi += term; // scikit-learn zeroes terms below machine epsilon
            }
        }
        return Math.Max(mi, 0.0);
    }

    /// <summary>Entropy (nats) of a labelling; 0 for a single label, 1 for an empty one (scikit-learn's convention).</summary>
    public static double Entropy(ReadOnlySpan<int> labels)
    {
        if (labels.Length == 0) return 1.0;
        var counts = LabelEncoding.Encode(labels).Counts();
        if (counts.Length == 1) return 0.0;
        double n = labels.Length, logN = Math.Log(n), h = 0;
        foreach (var count in counts) h -= count / n * (Math.Log(count) - logN);
        return h;
    }

    /// <summary>
    /// Normalised mutual information with the arithmetic-mean normaliser, MI / ((H(true) + H(pred)) / 2), scikit-learn's default:
    /// 1 when both labellings are a single cluster (or empty), 0 when MI is 0.
    /// </summary>
    /// <exception cref="ArgumentException">The label sequences differ in length.</exception>
    public static double Normalized(ReadOnlySpan<int> labelsTrue, ReadOnlySpan<int> labelsPred)
    {
        var confusion = ConfusionMatrix.Create(labelsTrue, labelsPred);
        if (confusion.RowCount == confusion.ColumnCount && confusion.RowCount <= 1) return 1.0;
        var mi = Score(confusion);
        if (mi == 0) return 0.0;
        return mi / ((Entropy(labelsTrue) + Entropy(labelsPred)) / 2);
    }
}
