using System.Globalization;

namespace DeepClustering.Reproductions;

/// <summary>Mean and population standard deviation of a number on each fold, as experiment 5 gave them.</summary>
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

    /// <summary>"mean +- std" in the given number format; one fold's value alone, as one fold has no spread.</summary>
    public string ToString(string format) => Values.Count == 1
        ? Mean.ToString(format, CultureInfo.InvariantCulture)
        : $"{Mean.ToString(format, CultureInfo.InvariantCulture)} +- "
          + StandardDeviation.ToString(format, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => ToString("0.####");
}
