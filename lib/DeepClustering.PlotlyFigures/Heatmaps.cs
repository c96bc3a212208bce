using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace DeepClustering.PlotlyFigures;

public static partial class Figures
{
    /// <summary>A grayscale heatmap (dark is high) with row 0 at the top and the colour scale shown; the figure's JSON.</summary>
    public static string GrayHeatmap(double[][] z, string title, string xTitle, string yTitle, int width, int height)
    {
        var chart = Chart.Heatmap<double, int, int, string>(z, ColorScale: StyleParam.Colorscale.Greys, ReverseScale: true, ReverseYAxis: true, ShowScale: true);
        return FigureLayout.Apply(chart, title, xTitle, yTitle, width, height);
    }

    /// <summary>A count heatmap with each cell's text written on it, white to a light blue, row 0 at the top; the figure's JSON.</summary>
    public static string AnnotatedHeatmap(
        long[][] z, string[][] text, string[] columns, string[] rows,
        string title, string xTitle, string yTitle, int width, int height)
    {
        var chart = Chart.AnnotatedHeatmap<long, string, string, string>(
            z, text, X: columns, Y: rows, ColorScale: LightBlues, ReverseYAxis: true, ShowScale: true);
        return FigureLayout.Apply(chart, title, xTitle, yTitle, width, height);
    }

    // White to a medium blue, so the black annotation text stays readable on every cell.
    private static readonly StyleParam.Colorscale LightBlues = StyleParam.Colorscale.NewCustom(
    [
        Tuple.Create(0.0, Color.fromHex("#f7fbff")),
        Tuple.Create(1.0, Color.fromHex("#4a90d9")),
    ]);
}
