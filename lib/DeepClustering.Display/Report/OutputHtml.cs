using System.Net;
using System.Text.RegularExpressions;
using DeepClustering.Notebooks.Document;

namespace DeepClustering.Display.Report;

/// <summary>Renders one notebook output as report HTML: the richest MIME type it holds, streams as text, errors highlighted.</summary>
public static partial class OutputHtml
{
    /// <summary>CSS class of error outputs.</summary>
    public const string ErrorClass = "dc-error";

    /// <summary>The HTML for <paramref name="output"/>; plotly.js copies inside HTML outputs are removed (the report carries one).</summary>
    public static string Render(CellOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (output)
        {
            case StreamOutput stream:
                string css = stream.Name == "stderr" ? "dc-stream dc-stderr" : "dc-stream";
                return $"<pre class=\"{css}\">{Escape(stream.Text.ToString())}</pre>";
            case ErrorOutput error:
                string trace = string.Join("\n", error.Traceback.Select(StripAnsi));
                return $"<div class=\"{ErrorClass}\"><b>{Escape(error.Name.Length > 0 ? error.Name : "Error")}</b>: {Escape(error.Value)}" +
                       (trace.Length > 0 ? $"<pre>{Escape(trace)}</pre>" : "") + "</div>";
            case DisplayOutput display:
                return RenderData(display.Data);
            default:
                return "";
        }
    }

    private static string RenderData(MimeBundle data)
    {
        if (data.Get("text/html") is { } html)
            return $"<div class=\"dc-html\">{PlotlyScriptFilter.RemoveLibraryScripts(html)}</div>";
        foreach (string image in new[] { "image/png", "image/jpeg", "image/gif" })
            if (data.Get(image) is { } base64)
                return $"<img class=\"dc-image\" src=\"data:{image};base64,{WhiteSpace().Replace(base64, "")}\" />";
        if (data.Get("image/svg+xml") is { } svg)
            return $"<div class=\"dc-svg\">{svg}</div>";
        if (data.Get("text/markdown") is { } markdown)
            return MarkdownHtml.ToHtml(markdown);
        if (data.Get("text/plain") is { } text)
            return $"<pre class=\"dc-text\">{Escape(text)}</pre>";
        var types = data.MimeTypes.ToList();
        return types.Count == 0 ? "" : $"<pre class=\"dc-text\">[{Escape(string.Join(", ", types))}]</pre>";
    }

    /// <summary>HTML-escapes text.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string StripAnsi(string line) => AnsiEscape().Replace(line, "");

    [GeneratedRegex(@"\x1b\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
