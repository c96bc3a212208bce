namespace DeepClustering.Display.Plotly;

/// <summary>Where chart outputs get plotly.js from.</summary>
public enum PlotlyScriptSource
{
    /// <summary>The first chart of a notebook carries the library bundled in Plotly.NET; later charts wait for it. Works offline.</summary>
    Inline,

    /// <summary>Like <see cref="Inline"/>, but a chart that finds no library after the wait loads it from the CDN.</summary>
    InlineWithCdnFallback,

    /// <summary>No inline copy: every chart loads the library from the CDN (once per page). Needs a network.</summary>
    Cdn,
}
