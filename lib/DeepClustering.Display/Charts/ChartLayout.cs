using Plotly.NET;
using CSharpExtensions = Plotly.NET.CSharp.GenericChartExtensions;

namespace DeepClustering.Display.Charts;

/// <summary>The title, axis titles and size every chart of this library gets.</summary>
internal static class ChartLayout
{
    /// <summary>Default chart width in pixels.</summary>
    public const int Width = 720;

    /// <summary>Default chart height in pixels.</summary>
    public const int Height = 440;

    /// <summary>Applies a title, axis titles and a size; <paramref name="logY"/> makes the y axis logarithmic.</summary>
    public static GenericChart Apply(GenericChart chart, string title, string xTitle, string yTitle, int width = Width, int height = Height, bool logY = false)
    {
        chart = global::Plotly.NET.Chart.withTitle(title, TitleFont: null).Invoke(chart); // null is F#'s None
        chart = CSharpExtensions.WithXAxisStyle<double, double, string>(chart, TitleText: xTitle);
        chart = logY
            ? CSharpExtensions.WithYAxisStyle<double, double, string>(chart, TitleText: yTitle, AxisType: StyleParam.AxisType.Log)
            : CSharpExtensions.WithYAxisStyle<double, double, string>(chart, TitleText: yTitle);
        return CSharpExtensions.WithSize(chart, width, height);
    }

    /// <summary>Sets one plotly.js property of the x axis (e.g. dtick) that the typed API does not expose.</summary>
    public static void SetXAxisProperty(GenericChart chart, string name, object value)
    {
        var axis = GenericChart.getLayout(chart).TryGetPropertyValue("xaxis");
        if (axis is not null && axis.Value is DynamicObj.DynamicObj dynamic)
            dynamic.SetProperty(name, value);
    }
}
