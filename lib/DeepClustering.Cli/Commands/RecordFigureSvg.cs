using DeepClustering.Reproductions;

namespace DeepClustering.Cli.Commands;

/// <summary>
/// Renders a <see cref="RecordFigure"/> to SVG with ScottPlot (offline, through SkiaSharp; no browser).
/// </summary>
internal static class RecordFigureSvg
{
    /// <summary>Width and height of every figure, in pixels.</summary>
    public const int Width = 760, Height = 420;

    /// <summary>The SVG text of <paramref name="figure"/>.</summary>
    public static string Render(RecordFigure figure)
    {
        var plot = new ScottPlot.Plot();
        if (figure.Band is [var low, var high])
            plot.Add.VerticalSpan(low, high).LegendText = figure.BandName ?? "";
        if (figure.Reference is { } reference)
            plot.Add.HorizontalLine(reference).LegendText = figure.ReferenceName ?? "";
        var count = figure.Series.Count;
        foreach (var ((name, values), s) in figure.Series.Select((series, s) => (series, s)))
        {
            // each series a little apart, so that equal values stay visible
            var offset = count == 1 ? 0 : (s - (count - 1) / 2.0) * 0.12;
            var points = values.Select((v, i) => (X: i + offset, Y: v)).Where(p => p.Y is not null).ToArray();
            var scatter = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y!.Value).ToArray());
            (scatter.LineWidth, scatter.MarkerSize, scatter.LegendText) = (0, 9, name);
        }
        plot.Axes.Bottom.SetTicks(
            [.. Enumerable.Range(0, figure.Categories.Count).Select(i => (double)i)], [.. figure.Categories]);
        plot.Axes.SetLimitsX(-0.6, figure.Categories.Count - 0.4);
        plot.Title(figure.Title);
        plot.YLabel(figure.YTitle);
        plot.ShowLegend();
        return plot.GetSvgXml(Width, Height);
    }
}
