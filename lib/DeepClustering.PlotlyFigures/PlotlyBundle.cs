namespace DeepClustering.PlotlyFigures;

/// <summary>The plotly.js bundle that ships inside Plotly.NET.dll, so figures render without a network.</summary>
public static class PlotlyBundle
{
    /// <summary>The plotly.js version bundled with the referenced Plotly.NET (2.28.0 for Plotly.NET 6.0.0).</summary>
    public static string Version() => global::Globals.PLOTLYJS_VERSION;

    /// <summary>The minified plotly.js source text (about 3.6 MB), read from Plotly.NET's embedded resource.</summary>
    public static string Script()
    {
        var assembly = typeof(global::Plotly.NET.GenericChart).Assembly;
        string name = $"Plotly.NET.plotly-{Version()}.min.js";
        using Stream stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"Plotly.NET {assembly.GetName().Version} has no embedded resource '{name}'; " +
                $"found: {string.Join(", ", assembly.GetManifestResourceNames())}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
