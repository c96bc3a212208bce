namespace DeepClustering.Display.Plotly;

/// <summary>The title, axis titles and size of a chart, and the trailing options (log y, x tick) some builders take.</summary>
internal sealed record ChartFrame(string Title, string XTitle, string YTitle, int Width = ChartFrame.DefaultWidth, int Height = ChartFrame.DefaultHeight)
{
    /// <summary>Default chart width in pixels.</summary>
    public const int DefaultWidth = 720;

    /// <summary>Default chart height in pixels.</summary>
    public const int DefaultHeight = 440;

    /// <summary>Further arguments after the size, in the builder method's order.</summary>
    public object?[] Extra { get; init; } = [];
}
