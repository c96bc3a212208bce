using Chart = Plotly.NET.CSharp.Chart;

namespace DeepClustering.PlotlyFigures;

public static partial class Figures
{
    /// <summary>Lines (with <paramref name="markers"/>, lines with markers), one named trace per series (whole-number x written as integers); the figure's JSON.</summary>
    public static string Lines(
        double[][] x, double[][] y, string[] names, bool markers,
        string title, string xTitle, string yTitle, int width, int height, bool logY, double? xTick)
    {
        var traces = Enumerable.Range(0, names.Length).Select(i => x[i].All(v => v == Math.Floor(v) && Math.Abs(v) < int.MaxValue)
            ? Chart.Line<int, double, string>(x[i].Select(v => (int)v), y[i], Name: names[i], ShowLegend: true, ShowMarkers: markers)
            : Chart.Line<double, double, string>(x[i], y[i], Name: names[i], ShowLegend: true, ShowMarkers: markers));
        return FigureLayout.Apply(Chart.Combine(traces), title, xTitle, yTitle, width, height, logY, xTick);
    }

    /// <summary>Markers only, one named trace per series with the given opacity; the figure's JSON.</summary>
    public static string Points(
        double[][] x, double[][] y, string[] names, double opacity,
        string title, string xTitle, string yTitle, int width, int height)
    {
        var traces = Enumerable.Range(0, names.Length).Select(i =>
            Chart.Point<double, double, string>(x[i], y[i], Name: names[i], ShowLegend: true, Opacity: opacity));
        return FigureLayout.Apply(Chart.Combine(traces), title, xTitle, yTitle, width, height);
    }
}
