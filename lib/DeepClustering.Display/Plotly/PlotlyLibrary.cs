namespace DeepClustering.Display.Plotly;

/// <summary>The plotly.js bundle that ships inside Plotly.NET.dll (read through the isolated chart builder), so charts render without a network.</summary>
public static class PlotlyLibrary
{
    /// <summary>HTML attribute that marks the one script element carrying the whole plotly.js library.</summary>
    public const string LibraryAttribute = "data-dc-plotly-lib";

    private static readonly Lazy<string> Source = new(ReadEmbeddedScript, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<string> BundledVersion = new(() => (string)PlotlyFigures.Invoke("PlotlyBundle", "Version"));

    /// <summary>plotly.js version bundled with the referenced Plotly.NET (2.28.0 for Plotly.NET 6.0.0).</summary>
    public static string Version => BundledVersion.Value;

    /// <summary>The CDN address of the same version; used only when a CDN source is chosen explicitly.</summary>
    public static string CdnUrl => $"https://cdn.plot.ly/plotly-{Version}.min.js";

    /// <summary>The minified plotly.js source text (about 3.6 MB), read once from Plotly.NET's embedded resource.</summary>
    public static string Script => Source.Value;

    /// <summary>
    /// One script element holding the full library, guarded so that a page evaluates it only when
    /// <c>window.Plotly</c> is not there yet. The bundle runs inside a function whose <c>define</c>, <c>exports</c> and
    /// <c>module</c> are undefined: AMD loaders (Jupyter front ends) would otherwise make plotly's UMD header register a
    /// module instead of setting <c>window.Plotly</c>.
    /// </summary>
    public static string ScriptElement() =>
        $"<script type=\"text/javascript\" {LibraryAttribute}=\"{Version}\">\n" +
        "if (!window.Plotly) { (function (define, exports, module) {\n" +
        Script +
        "\n}).call(window); }\n</script>";

    private static string ReadEmbeddedScript()
    {
        string script = (string)PlotlyFigures.Invoke("PlotlyBundle", "Script");
        // Inlining is only safe while the bundle cannot end the script element early.
        if (script.Contains("</script", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"plotly.js {Version} contains '</script' and cannot be inlined.");
        return script;
    }
}
