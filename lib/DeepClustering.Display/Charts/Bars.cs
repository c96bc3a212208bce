using DeepClustering.Display.Plotly;

namespace DeepClustering.Display.Charts;

public static partial class Charts
{
    /// <summary>One bar per named value (e.g. test purity per seed).</summary>
    public static PlotlyFigure Bars(IReadOnlyList<string> names, IReadOnlyList<double> values, string title, string xTitle = "", string yTitle = "value")
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(values);
        RequireOneValuePerName(names, values, nameof(values));
        return PlotlyFigures.Build("Columns", new ChartFrame(title, xTitle, yTitle), new[] { names.ToArray() }, new[] { values.ToArray() }, new[] { yTitle }, false);
    }

    /// <summary>Grouped bars: for each name, one bar per series (e.g. a run's wall time next to the time of the steps it loaded from a cache).</summary>
    public static PlotlyFigure Bars(IReadOnlyList<string> names, IReadOnlyDictionary<string, IReadOnlyList<double>> series, string title, string xTitle = "", string yTitle = "value")
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
            throw new ArgumentException("Expected at least one series.", nameof(series));
        foreach (var (name, values) in series)
            RequireOneValuePerName(names, values, $"{nameof(series)}[\"{name}\"]");
        string[] keys = names.ToArray();
        return PlotlyFigures.Build("Columns", new ChartFrame(title, xTitle, yTitle),
            series.Select(_ => keys).ToArray(), series.Select(s => s.Value.ToArray()).ToArray(), series.Keys.ToArray(), true);
    }

    private static void RequireOneValuePerName(IReadOnlyList<string> names, IReadOnlyList<double> values, string parameter)
    {
        ArgumentNullException.ThrowIfNull(values, parameter);
        if (names.Count != values.Count)
            throw new ArgumentException($"Expected one value per name: {names.Count} names, {values.Count} values.", parameter);
    }
}
