using Chart = Plotly.NET.CSharp.Chart;

namespace DeepClustering.PlotlyFigures;

/// <summary>plotly.js figures built with Plotly.NET from plain arrays; each method returns the figure's JSON.</summary>
public static partial class Figures
{
    /// <summary>Bars: one trace per series (its keys, values and name), grouped when there are several; the figure's JSON.</summary>
    public static string Columns(
        string[][] keys, double[][] values, string[] names, bool showLegend,
        string title, string xTitle, string yTitle, int width, int height)
    {
        var traces = Enumerable.Range(0, names.Length).Select(i => showLegend
            ? Chart.Column<double, string, string>(values[i], Keys: keys[i], Name: names[i], ShowLegend: true)
            : Chart.Column<double, string, string>(values[i], Keys: keys[i], Name: names[i])).ToList();
        var chart = traces.Count == 1 && !showLegend ? traces[0] : Chart.Combine(traces);
        return FigureLayout.Apply(chart, title, xTitle, yTitle, width, height);
    }
}
