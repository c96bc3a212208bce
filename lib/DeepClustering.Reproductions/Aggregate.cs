using System.Text.Json.Serialization;
using MathNet.Numerics.Distributions;

namespace DeepClustering.Reproductions;

/// <summary>
/// A number measured several times (over seeds or folds): n, mean, sample standard deviation, the t-based 95 %
/// confidence interval of the mean and the 95 % prediction interval for one more run.
/// </summary>
/// <param name="Values">The values, in seed or fold order.</param>
public sealed record Aggregate(IReadOnlyList<double> Values)
{
    /// <summary>How many values.</summary>
    public int N => Values.Count;

    /// <summary>The mean.</summary>
    public double Mean => Values.Average();

    /// <summary>The sample standard deviation (divides by n - 1); NaN for one value.</summary>
    public double Std => N < 2 ? double.NaN : Math.Sqrt(Values.Sum(v => (v - Mean) * (v - Mean)) / (N - 1));

    /// <summary>The population standard deviation (divides by n), as experiment 5's original gave it.</summary>
    public double PopulationStd => Math.Sqrt(Values.Sum(v => (v - Mean) * (v - Mean)) / N);

    /// <summary>
    /// The 95 % confidence interval of the mean, mean +- t(0.975, n - 1) * s / sqrt(n); null for one value.
    /// </summary>
    public double[]? Ci95 => N < 2 ? null : Around(T975 * Std / Math.Sqrt(N));

    /// <summary>
    /// The 95 % prediction interval for one more run, mean +- t(0.975, n - 1) * s * sqrt(1 + 1/n); null for one value.
    /// </summary>
    public double[]? Pi95 => N < 2 ? null : Around(T975 * Std * Math.Sqrt(1 + 1.0 / N));

    /// <summary>
    /// The share of the values below <paramref name="x"/>, ties counted half: where <paramref name="x"/> falls among
    /// them.
    /// </summary>
    public double PercentileOf(double x) => (Values.Count(v => v < x) + 0.5 * Values.Count(v => v == x)) / N;

    [JsonIgnore]
    private double T975 => StudentT.InvCDF(0, 1, N - 1, 0.975);

    private double[] Around(double half) => [Mean - half, Mean + half];

    /// <summary>The aggregate of <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">No values, or one that is not finite.</exception>
    public static Aggregate Of(IEnumerable<double> values)
    {
        var list = values.ToArray();
        if (list.Length == 0 || list.Any(v => !double.IsFinite(v)))
            throw new ArgumentException(
                $"An aggregate needs at least one finite value; got [{string.Join(", ", list)}].", nameof(values));
        return new Aggregate(list);
    }
}
