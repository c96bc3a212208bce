using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace DeepClustering.Display.Charts;

public static partial class Charts
{
    /// <summary>Lines with markers of one or more named series over a shared parameter such as the number of clusters k (NaN values are skipped: the line joins their neighbours).</summary>
    public static GenericChart MetricCurves(
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
        var lines = series.Select(pair =>
        {
            var shown = Enumerable.Range(0, x.Count).Where(i => !double.IsNaN(pair.Value[i])).ToArray();
            return Chart.Line<double, double, string>(shown.Select(i => x[i]), shown.Select(i => pair.Value[i]),
                Name: pair.Key, ShowLegend: true, ShowMarkers: true);
        });
        var chart = ChartLayout.Apply(Chart.Combine(lines), title, xTitle, yTitle);
        if (x.Count is > 0 and <= 20 && x.All(v => v == Math.Floor(v)))
            ChartLayout.SetXAxisProperty(chart, "dtick", 1); // a few whole-number positions: one tick each
        return chart;
    }
}
