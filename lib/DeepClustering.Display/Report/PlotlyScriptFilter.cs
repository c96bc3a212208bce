using System.Text.RegularExpressions;
using DeepClustering.Display.Plotly;

namespace DeepClustering.Display.Report;

/// <summary>Removes copies of plotly.js from output HTML, so a report that includes the library once stays small.</summary>
public static partial class PlotlyScriptFilter
{
    /// <summary>
    /// <paramref name="html"/> without script elements that carry plotly.js: our inline library elements (marked with
    /// <see cref="PlotlyLibrary.LibraryAttribute"/>) and script elements whose src loads a plotly bundle.
    /// </summary>
    public static string RemoveLibraryScripts(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return ScriptElement().Replace(html, match => IsLibrary(match.Groups["open"].Value) ? "" : match.Value);
    }

    /// <summary>Whether <paramref name="html"/> draws a Plotly chart.</summary>
    public static bool HasChart(string html) =>
        html.Contains(ChartHtml.ChartClass, StringComparison.Ordinal) || html.Contains("Plotly.newPlot", StringComparison.Ordinal);

    private static bool IsLibrary(string openTag) =>
        openTag.Contains(PlotlyLibrary.LibraryAttribute, StringComparison.OrdinalIgnoreCase) || PlotlySource().IsMatch(openTag);

    [GeneratedRegex(@"(?<open><script\b[^>]*>).*?</script\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();

    [GeneratedRegex(@"\bsrc\s*=\s*[""'][^""']*plotly[^""']*\.js[""']", RegexOptions.IgnoreCase)]
    private static partial Regex PlotlySource();
}
