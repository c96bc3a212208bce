using System.Globalization;

namespace DeepClustering.Display.Plotly;

/// <summary>
/// A chart as plotly.js figure JSON (data, layout, config): what the chart builders return and the Formatter displays as
/// HTML. Only this plain type crosses from the isolated Plotly.NET context into the notebook's kernel.
/// </summary>
/// <param name="json">The figure as <c>Plotly.newPlot</c> takes it (it may hold NaN, which JavaScript reads but strict JSON lacks).</param>
/// <param name="title">The layout's title.</param>
/// <param name="width">The layout's width in pixels.</param>
/// <param name="height">The layout's height in pixels.</param>
public sealed class PlotlyFigure(string json, string title, int width, int height)
{
    /// <summary>The figure's JSON.</summary>
    public string Json { get; } = !string.IsNullOrWhiteSpace(json) ? json : throw new ArgumentException("The figure JSON is empty.", nameof(json));

    /// <summary>The layout's title text.</summary>
    public string Title { get; } = title ?? "";

    /// <summary>The layout's width in pixels.</summary>
    public int Width { get; } = width;

    /// <summary>The layout's height in pixels.</summary>
    public int Height { get; } = height;

    /// <summary>A one-line description (the title and size) for plain-text displays.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"plotly chart \"{Title}\" ({Width} x {Height})");
}
