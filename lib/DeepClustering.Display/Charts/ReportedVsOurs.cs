using DeepClustering.Reproductions;
using DeepClustering.Display.Plotly;

namespace DeepClustering.Display.Charts;

public static partial class Charts
{
    /// <summary>Grouped bars: the original's reported value next to ours for each metric (a missing report leaves a gap).</summary>
    public static PlotlyFigure ReportedVsOurs(
        IReadOnlyList<string> metrics, IReadOnlyList<double?> reported, IReadOnlyList<double> ours,
        string title = "Reported vs ours", string yTitle = "value")
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentNullException.ThrowIfNull(ours);
        if (reported.Count != metrics.Count || ours.Count != metrics.Count)
            throw new ArgumentException($"Expected {metrics.Count} reported and ours values (one per metric), got {reported.Count} and {ours.Count}.");
        var reportedIndex = Enumerable.Range(0, metrics.Count).Where(i => reported[i] is not null).ToArray();
        return PlotlyFigures.Build("Columns", new ChartFrame(title, "metric", yTitle),
            new[] { reportedIndex.Select(i => metrics[i]).ToArray(), metrics.ToArray() },
            new[] { reportedIndex.Select(i => reported[i]!.Value).ToArray(), ours.ToArray() },
            new[] { "reported", "ours" }, true);
    }

    /// <summary>The same bars for recorded results (entries without a reported value show only ours).</summary>
    public static PlotlyFigure ReportedVsOurs(IEnumerable<ResultEntry> results, string title = "Reported vs ours")
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        return ReportedVsOurs(list.Select(r => r.Metric).ToList(), list.Select(r => r.Reported).ToList(), list.Select(r => r.Value).ToList(), title);
    }
}
