using Plotly.NET;
using CSharpExtensions = Plotly.NET.CSharp.GenericChartExtensions;

namespace DeepClustering.PlotlyFigures;

/// <summary>The title, axis titles, size and axis options every figure gets.</summary>
internal static class FigureLayout
{
    /// <summary>Applies a title, axis titles and a size; <paramref name="logY"/> makes the y axis logarithmic, <paramref name="xTick"/> sets the x axis' tick step.</summary>
    public static string Apply(GenericChart chart, string title, string xTitle, string yTitle, int width, int height, bool logY = false, double? xTick = null)
    {
        chart = global::Plotly.NET.Chart.withTitle(title, TitleFont: null).Invoke(chart); // null is F#'s None
        chart = CSharpExtensions.WithXAxisStyle<double, double, string>(chart, TitleText: xTitle);
        chart = logY
            ? CSharpExtensions.WithYAxisStyle<double, double, string>(chart, TitleText: yTitle, AxisType: StyleParam.AxisType.Log)
            : CSharpExtensions.WithYAxisStyle<double, double, string>(chart, TitleText: yTitle);
        chart = CSharpExtensions.WithSize(chart, width, height);
        if (xTick is { } tick && GenericChart.getLayout(chart).TryGetPropertyValue("xaxis") is { } axis && axis.Value is DynamicObj.DynamicObj dynamic)
            dynamic.SetProperty("dtick", tick == Math.Floor(tick) ? (object)(int)tick : tick);
        return GenericChart.toJson(chart);
    }
}
