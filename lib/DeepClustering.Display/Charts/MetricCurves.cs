using DeepClustering.Display.Plotly;

namespace DeepClustering.Display.Charts;

public static partial class Charts
{
    /// <summary>Lines with markers of one or more named series over a shared parameter such as the number of clusters k (NaN values are skipped: the line joins their neighbours).</summary>
    public static PlotlyFigure MetricCurves(
        IReadOnlyList<double> x, IReadOnlyDictionary<string, IReadOnlyList<double>> series,
        string title = "Metric by parameter", string xTitle = "k", string yTitle = "value")
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
            throw new ArgumentException("MetricCurves needs at least one series.", nameof(series));
        foreach (var (name, values) in series)
            if (values.Count != x.Count)
                throw new ArgumentException($"Series \"{name}\" has {values.Count} values but there are {x.Count} x positions.", nameof(series));
        var shown = series.Values.Select(values => Enumerable.Range(0, x.Count).Where(i => !double.IsNaN(values[i])).ToArray()).ToList();
        // a few whole-number positions: one tick each
        double? tick = x.Count is > 0 and <= 20 && x.All(v => v == Math.Floor(v)) ? 1 : null;
        return PlotlyFigures.Build("Lines", new ChartFrame(title, xTitle, yTitle) { Extra = [false, tick] },
            shown.Select(index => index.Select(i => x[i]).ToArray()).ToArray(),
            series.Values.Zip(shown, (values, index) => index.Select(i => values[i]).ToArray()).ToArray(),
            series.Keys.ToArray(), true);
    }
}
