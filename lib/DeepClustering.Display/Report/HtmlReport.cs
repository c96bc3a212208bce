using System.Text;
using DeepClustering.Display.Plotly;
using DeepClustering.IO;
using DeepClustering.Notebooks.Document;

namespace DeepClustering.Display.Report;

/// <summary>
/// One self-contained HTML file from executed notebooks: markdown, code and outputs of every notebook, plotly.js included
/// once at the top (chart outputs' own copies removed), so it opens offline in any browser.
/// </summary>
public static class HtmlReport
{
    /// <summary>Id of the element that collects script errors raised on the page (for tests and readers).</summary>
    public const string ScriptErrorsId = "dc-script-errors";

    /// <summary>Reads <paramref name="notebookPaths"/> (the runner's own notebook model) and writes the report to <paramref name="outputPath"/> atomically.</summary>
    /// <exception cref="NotebookFormatException">A notebook is not nbformat 4 JSON; nothing is written.</exception>
    public static void Write(string outputPath, IEnumerable<string> notebookPaths, string title = "Deep Clustering Notebooks")
    {
        ArgumentNullException.ThrowIfNull(outputPath);
        string html = Build(notebookPaths.Select(NotebookDocument.Load).ToList(), title);
        AtomicFile.WriteAllText(outputPath, html);
    }

    /// <summary>Writes the report of every .ipynb file in <paramref name="notebooksFolder"/>, in name order.</summary>
    public static void WriteFolder(string outputPath, string notebooksFolder, string title = "Deep Clustering Notebooks")
    {
        var files = Directory.GetFiles(notebooksFolder, "*.ipynb").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new FileNotFoundException($"No .ipynb files in {notebooksFolder}.", notebooksFolder);
        Write(outputPath, files, title);
    }

    /// <summary>The report HTML for already-read notebooks.</summary>
    public static string Build(IReadOnlyList<NotebookDocument> notebooks, string title = "Deep Clustering Notebooks")
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        var body = new StringBuilder();
        bool charts = false;
        body.Append("<nav><ul>");
        foreach (var notebook in notebooks)
            body.Append($"<li><a href=\"#{Anchor(notebook)}\">{OutputHtml.Escape(notebook.Name)}</a></li>");
        body.Append("</ul></nav>\n");
        foreach (var notebook in notebooks)
        {
            body.Append($"<section class=\"dc-notebook\" id=\"{Anchor(notebook)}\">\n<h1 class=\"dc-notebook-title\">{OutputHtml.Escape(notebook.Name)}</h1>\n");
            foreach (var cell in notebook.Cells)
                charts |= AppendCell(body, cell);
            body.Append("</section>\n");
        }

        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        page.Append($"<title>{OutputHtml.Escape(title)}</title>\n<style>{Style}</style>\n");
        page.Append(ErrorCollector);
        if (charts)
            page.Append(PlotlyLibrary.ScriptElement()).Append('\n');
        page.Append("</head>\n<body>\n");
        page.Append($"<header><h1>{OutputHtml.Escape(title)}</h1><p>{notebooks.Count} notebook{(notebooks.Count == 1 ? "" : "s")}, generated {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC</p></header>\n");
        page.Append($"<pre id=\"{ScriptErrorsId}\"></pre>\n");
        page.Append(body);
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }

    private static bool AppendCell(StringBuilder body, NotebookCell cell)
    {
        bool charts = false;
        switch (cell.CellType)
        {
            case "markdown":
                body.Append("<div class=\"dc-markdown\">").Append(MarkdownHtml.ToHtml(cell.Source)).Append("</div>\n");
                break;
            case "code":
                string count = cell.ExecutionCount is { } n ? $"[{n}]" : "[ ]";
                body.Append($"<div class=\"dc-cell\"><div class=\"dc-prompt\">{count}</div>");
                // cells without source are outputs only (an exported app's page)
                if (cell.Source.Length > 0)
                    body.Append($"<pre class=\"dc-code\"><code>{OutputHtml.Escape(cell.Source)}</code></pre>");
                body.Append('\n');
                foreach (var output in cell.Outputs)
                {
                    string html = OutputHtml.Render(output);
                    charts |= PlotlyScriptFilter.HasChart(html);
                    body.Append("<div class=\"dc-output\">").Append(html).Append("</div>\n");
                }
                body.Append("</div>\n");
                break;
            default:
                body.Append($"<pre class=\"dc-raw\">{OutputHtml.Escape(cell.Source)}</pre>\n");
                break;
        }
        return charts;
    }

    private static string Anchor(NotebookDocument notebook) =>
        "nb-" + string.Concat(notebook.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));

    // Registered before any other script, so errors of the library or of a chart land in the page itself.
    private const string ErrorCollector = """
        <script type="text/javascript">
        window.addEventListener('error', function (e) {
          var target = document.getElementById('dc-script-errors');
          var text = (e.message || 'error') + (e.filename ? ' at ' + e.filename + ':' + e.lineno : '') + '\n';
          if (target) { target.textContent += text; } else { (window.__dcEarlyErrors = window.__dcEarlyErrors || []).push(text); }
        });
        document.addEventListener('DOMContentLoaded', function () {
          var target = document.getElementById('dc-script-errors');
          (window.__dcEarlyErrors || []).forEach(function (t) { target.textContent += t; });
        });
        </script>

        """;

    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}" +
        "nav ul{columns:2}.dc-notebook{border-top:3px solid #446;margin-top:3em}" +
        ".dc-cell{margin:1em 0}.dc-prompt{color:#888;font:12px monospace}" +
        ".dc-code{background:#f5f5f8;border-left:3px solid #88a;padding:.6em;overflow-x:auto}" +
        ".dc-output{margin:.4em 0 .4em 1em}.dc-stream,.dc-text{background:#fafafa;padding:.4em;white-space:pre-wrap}" +
        ".dc-stderr{background:#fff4e0}.dc-error{background:#fde8e8;border-left:4px solid #c00;padding:.5em;color:#900}" +
        ".dc-error pre{white-space:pre-wrap}#dc-script-errors:empty{display:none}#dc-script-errors{background:#fde8e8;color:#900}" +
        "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 8px}.dc-image{image-rendering:pixelated}";
}
