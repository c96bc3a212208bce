using System.Globalization;
using MathNet.Numerics.Distributions;

namespace DeepClustering.Reproductions;

/// <summary>
/// Where a reported number falls against ours, with the yardstick that compares like with like: a reported single run
/// against our prediction interval for one run; a reported mean over folds against our fold values (Welch's test); a
/// single run of ours is only one run.
/// </summary>
/// <param name="Yardstick">prediction interval, welch, or one run.</param>
/// <param name="Inside">Whether the reported number lies inside our interval (null for one run of ours).</param>
/// <param name="Percentile">The share of our runs below the reported number (single reported runs).</param>
/// <param name="PValue">Welch's two-sided p-value (reported means over folds).</param>
/// <param name="Text">The verdict in one sentence.</param>
public sealed record ReportedPosition(string Yardstick, bool? Inside, double? Percentile, double? PValue, string Text)
{
    /// <summary>The verdict in a few words, for a summary table (derived, so not written to results files).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Brief => Yardstick switch
    {
        "prediction interval" => $"reported run {(Inside == true ? "inside" : "outside")} our 95 % PI, above {Percentile:P0} of our runs",
        "welch" => $"reported mean {(Inside == true ? "inside" : "outside")} our 95 % CI, Welch p = "
            + PValue?.ToString("0.00", CultureInfo.InvariantCulture),
        _ => "one run",
    };

    /// <summary>
    /// Where <paramref name="reported"/> falls against <paramref name="ours"/>, with the yardstick its kind calls for:
    /// Welch's test for a mean with per-fold values, the prediction interval for a single run, one run of ours when we
    /// have only one; null without a reported value.
    /// </summary>
    public static ReportedPosition? Of(Aggregate ours, ReportedNumber? reported) => reported switch
    {
        null or { Value: null } => null,
        _ when ours.N < 2 => OneRun(ours.Mean, reported.Scalar),
        { Folds: { Length: >= 2 } folds } => MeanOverFolds(ours, folds),
        { Kind: "single" } => SingleRun(ours, reported.Scalar),
        _ => null,
    };

    /// <summary>
    /// A reported single run against the spread of our runs (seeds): our 95 % prediction interval and its percentile.
    /// </summary>
    public static ReportedPosition SingleRun(Aggregate ours, double reported)
    {
        var pi = ours.Pi95
            ?? throw new ArgumentException("A prediction interval needs at least two runs of ours.", nameof(ours));
        var inside = reported >= pi[0] && reported <= pi[1];
        var percentile = ours.PercentileOf(reported);
        return new ReportedPosition("prediction interval", inside, percentile, null,
            $"the reported single run {F(reported)} lies {(inside ? "inside" : "outside")} " +
            $"our 95 % prediction interval for one run " +
            $"[{F(pi[0])}, {F(pi[1])}] (n = {ours.N}), above {percentile:P0} of our runs");
    }

    /// <summary>
    /// A reported mean over folds against our fold values, by Welch's two-sample t-test on the per-fold values.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two values on either side.</exception>
    public static ReportedPosition MeanOverFolds(Aggregate ours, IReadOnlyList<double> reportedFolds)
    {
        var theirs = Aggregate.Of(reportedFolds);
        if (ours.N < 2 || theirs.N < 2)
            throw new ArgumentException("Welch's test needs at least two values on each side.", nameof(reportedFolds));
        var (a, b) = (ours.Std * ours.Std / ours.N, theirs.Std * theirs.Std / theirs.N);
        var t = (ours.Mean - theirs.Mean) / Math.Sqrt(a + b);
        var df = (a + b) * (a + b) / (a * a / (ours.N - 1) + b * b / (theirs.N - 1));
        var p = 2 * (1 - StudentT.CDF(0, 1, df, Math.Abs(t)));
        var ci = ours.Ci95!;
        var inside = theirs.Mean >= ci[0] && theirs.Mean <= ci[1];
        return new ReportedPosition("welch", inside, null, p,
            $"the reported mean {F(theirs.Mean)} (n = {theirs.N}) lies {(inside ? "inside" : "outside")} " +
            $"the 95 % confidence interval " +
            $"of our mean [{F(ci[0])}, {F(ci[1])}] (n = {ours.N}); " +
            $"Welch's t = {t.ToString("0.00", CultureInfo.InvariantCulture)}, " +
            $"p = {p.ToString("0.00", CultureInfo.InvariantCulture)}");
    }

    /// <summary>One run of ours next to a reported number: no interval can be drawn.</summary>
    public static ReportedPosition OneRun(double ours, double reported) =>
        new("one run", null, null, null,
            $"one run of ours ({F(ours)}) against the reported {F(reported)}: no interval from one run");

    private static string F(double x) => x.ToString("0.0000", CultureInfo.InvariantCulture);
}
