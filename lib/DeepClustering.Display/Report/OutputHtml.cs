using System.Net;
using System.Text.RegularExpressions;

namespace DeepClustering.Display.Report;

/// <summary>Renders one notebook output as report HTML: the richest MIME type it holds, streams as text, errors highlighted.</summary>
public static partial class OutputHtml
{
    /// <summary>CSS class of error outputs.</summary>
    public const string ErrorClass = "dc-error";

    /// <summary>The HTML for <paramref name="output"/>; plotly.js copies inside HTML outputs are removed (the report carries one).</summary>
    public static string Render(NotebookOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (output.Kind)
        {
            case "stream":
                string css = output.StreamName == "stderr" ? "dc-stream dc-stderr" : "dc-stream";
                return $"<pre class=\"{css}\">{Escape(output.Text ?? "")}</pre>";
            case "error":
                string trace = string.Join("\n", output.Traceback.Select(StripAnsi));
                return $"<div class=\"{ErrorClass}\"><b>{Escape(output.ErrorName ?? "Error")}</b>: {Escape(output.ErrorValue ?? "")}" +
                       (trace.Length > 0 ? $"<pre>{Escape(trace)}</pre>" : "") + "</div>";
            default:
                return RenderData(output.Data);
        }
    }

    private static string RenderData(IReadOnlyDictionary<string, string> data)
    {
        if (data.TryGetValue("text/html", out var html))
            return $"<div class=\"dc-html\">{PlotlyScriptFilter.RemoveLibraryScripts(html)}</div>";
        foreach (string image in new[] { "image/png", "image/jpeg", "image/gif" })
            if (data.TryGetValue(image, out var base64))
                return $"<img class=\"dc-image\" src=\"data:{image};base64,{WhiteSpace().Replace(base64, "")}\" />";
        if (data.TryGetValue("image/svg+xml", out var svg))
            return $"<div class=\"dc-svg\">{svg}</div>";
        if (data.TryGetValue("text/markdown", out var markdown))
            return MarkdownHtml.ToHtml(markdown);
        if (data.TryGetValue("text/plain", out var text))
            return $"<pre class=\"dc-text\">{Escape(text)}</pre>";
        return data.Count == 0 ? "" : $"<pre class=\"dc-text\">[{Escape(string.Join(", ", data.Keys))}]</pre>";
    }

    /// <summary>HTML-escapes text.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string StripAnsi(string line) => AnsiEscape().Replace(line, "");

    [GeneratedRegex(@"\x1b\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
