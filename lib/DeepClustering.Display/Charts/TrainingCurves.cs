using DeepClustering.Display.Plotly;
using DeepClustering.Training;

namespace DeepClustering.Display.Charts;

/// <summary>The notebooks' charts, built by Plotly.NET in its own load context and returned as <see
/// cref="PlotlyFigure"/>s.</summary>
public static partial class Charts
{
    /// <summary>Loss (or any per-epoch value) against epoch 1..n, one line per named series.</summary>
    public static PlotlyFigure TrainingCurves(
        IReadOnlyDictionary<string, IReadOnlyList<double>> series,
        string title = "Training loss", string xTitle = "epoch", string yTitle = "loss", bool logY = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
            throw new ArgumentException("TrainingCurves needs at least one series.", nameof(series));
        double? tick = series.Values.Max(values => values.Count) <= 15 ? 1 : null; // few epochs: whole-number ticks only
        return PlotlyFigures.Build("Lines", new ChartFrame(title, xTitle, yTitle) { Extra = [logY, tick] },
            series.Values.Select(values => Enumerable.Range(1, values.Count).Select(e => (double)e).ToArray()).ToArray(),
            series.Values.Select(values => values.ToArray()).ToArray(), series.Keys.ToArray(), false);
    }

    /// <summary>
    /// A training run's loss per epoch, and its validation loss when it had validation data (NaN where an epoch had
    /// none).
    /// </summary>
    public static PlotlyFigure TrainingCurves(TrainingResult result, string title = "Training loss", bool logY = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var series = new Dictionary<string, IReadOnlyList<double>> { ["train"] = result.Losses };
        if (result.History.Any(h => h.ValidationLoss is not null))
            series["validation"] = result.History.Select(h => h.ValidationLoss ?? double.NaN).ToList();
        return TrainingCurves(series, title, logY: logY);
    }

    /// <summary>One per-epoch series (e.g. the reconstruction loss) against epoch 1..n.</summary>
    public static PlotlyFigure TrainingCurve(
        IReadOnlyList<double> values, string name = "loss",
        string title = "Training loss", string xTitle = "epoch", string yTitle = "loss", bool logY = false) =>
        TrainingCurves(new Dictionary<string, IReadOnlyList<double>> { [name] = values }, title, xTitle, yTitle, logY);
}
