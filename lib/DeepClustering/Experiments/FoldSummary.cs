namespace DeepClustering.Experiments;

/// <summary>Mean and population standard deviation of one number measured on every fold, as the original reported them.</summary>
/// <param name="Values">The per-fold values, in fold order.</param>
public sealed record FoldSummary(IReadOnlyList<double> Values)
{
    /// <summary>The mean over folds.</summary>
    public double Mean => Values.Count == 0 ? double.NaN : Values.Average();

    /// <summary>The population standard deviation over folds (divides by n, as experiment 5 did).</summary>
    public double StandardDeviation
    {
        get
        {
            if (Values.Count == 0) return double.NaN;
            var mean = Mean;
            return Math.Sqrt(Values.Sum(v => (v - mean) * (v - mean)) / Values.Count);
        }
    }

    /// <summary>"mean +- std" with the given number format.</summary>
    public string ToString(string format) =>
        $"{Mean.ToString(format, System.Globalization.CultureInfo.InvariantCulture)} +- {StandardDeviation.ToString(format, System.Globalization.CultureInfo.InvariantCulture)}";

    /// <inheritdoc />
    public override string ToString() => ToString("0.####");
}
