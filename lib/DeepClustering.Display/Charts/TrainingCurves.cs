using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace DeepClustering.Display.Charts;

/// <summary>Plotly.NET charts for the notebooks.</summary>
public static partial class Charts
{
    /// <summary>Loss (or any per-epoch value) against epoch 1..n, one line per named series.</summary>
    public static GenericChart TrainingCurves(
        IReadOnlyDictionary<string, IReadOnlyList<double>> series,
        string title = "Training loss", string xTitle = "epoch", string yTitle = "loss", bool logY = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
            throw new ArgumentException("TrainingCurves needs at least one series.", nameof(series));
        var lines = series.Select(pair => Chart.Line<int, double, string>(
            Enumerable.Range(1, pair.Value.Count), pair.Value, Name: pair.Key, ShowLegend: true));
        var chart = ChartLayout.Apply(Chart.Combine(lines), title, xTitle, yTitle, logY: logY);
        if (series.Values.Max(values => values.Count) <= 15)
            ChartLayout.SetXAxisProperty(chart, "dtick", 1); // few epochs: whole-number ticks only
        return chart;
    }

    /// <summary>One per-epoch series (e.g. the reconstruction loss) against epoch 1..n.</summary>
    public static GenericChart TrainingCurve(
        IReadOnlyList<double> values, string name = "loss",
        string title = "Training loss", string xTitle = "epoch", string yTitle = "loss", bool logY = false) =>
        TrainingCurves(new Dictionary<string, IReadOnlyList<double>> { [name] = values }, title, xTitle, yTitle, logY);
}
