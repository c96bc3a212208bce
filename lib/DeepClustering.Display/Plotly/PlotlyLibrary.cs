using System.Reflection;

namespace DeepClustering.Display.Plotly;

/// <summary>The plotly.js bundle that ships inside Plotly.NET.dll, so charts render without a network.</summary>
public static class PlotlyLibrary
{
    /// <summary>HTML attribute that marks the one script element carrying the whole plotly.js library.</summary>
    public const string LibraryAttribute = "data-dc-plotly-lib";

    private static readonly Lazy<string> Source = new(ReadEmbeddedScript, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>plotly.js version bundled with the referenced Plotly.NET (e.g. 2.28.0).</summary>
    public static string Version => global::Globals.PLOTLYJS_VERSION;

    /// <summary>The CDN address Plotly.NET itself uses for this version; only a fallback when the inline copy is gone.</summary>
    public static string CdnUrl => $"https://cdn.plot.ly/plotly-{Version}.min.js";

    /// <summary>The minified plotly.js source text (about 3.6 MB), read once from Plotly.NET's embedded resource.</summary>
    public static string Script => Source.Value;

    /// <summary>
    /// One script element holding the full library. AMD loaders (Jupyter front ends, some VS Code renderers) define
    /// <c>define.amd</c>, and plotly's UMD header would then register a module instead of setting window.Plotly;
    /// the element hides <c>define</c> while the bundle runs and restores it afterwards.
    /// </summary>
    public static string ScriptElement() =>
        $"<script type=\"text/javascript\" {LibraryAttribute}=\"{Version}\">" +
        "var __dcSavedDefine = window.define; window.define = undefined;\n" +
        Script +
        "\n;window.define = __dcSavedDefine;</script>";

    private static string ReadEmbeddedScript()
    {
        Assembly assembly = typeof(global::Plotly.NET.GenericChart).Assembly;
        string name = $"Plotly.NET.plotly-{Version}.min.js";
        using Stream stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"Plotly.NET {assembly.GetName().Version} has no embedded resource '{name}'; " +
                $"found: {string.Join(", ", assembly.GetManifestResourceNames())}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
