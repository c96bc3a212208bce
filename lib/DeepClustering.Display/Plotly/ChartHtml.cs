using System.Globalization;
using System.Text;

namespace DeepClustering.Display.Plotly;

/// <summary>Turns a plotly figure into a div plus a render script built from the chart's JSON (data, layout, config).</summary>
public static class ChartHtml
{
    /// <summary>CSS class on every chart div, so tests and the report can find the charts.</summary>
    public const string ChartClass = "dc-plotly-chart";

    /// <summary>CSS class of the message a chart shows when plotly.js never arrived.</summary>
    public const string MissingLibraryClass = "dc-plotly-missing";

    private static int _counter;

    /// <summary>The chart's HTML; with <paramref name="includeLibrary"/> the guarded plotly.js element precedes it.</summary>
    public static string Render(PlotlyFigure chart, bool includeLibrary, NotebookDisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        options = (options ?? new NotebookDisplayOptions()).Validated();
        string id = NewDivId();
        var html = new StringBuilder();
        if (includeLibrary)
            html.Append(PlotlyLibrary.ScriptElement()).Append('\n');
        html.Append(CultureInfo.InvariantCulture, $"<div id=\"{id}\" class=\"{ChartClass}\"{SizeStyle(chart)}></div>\n");
        html.Append("<script type=\"text/javascript\">\n")
            .Append(RenderScript(id, FigureJson(chart), options))
            .Append("</script>\n");
        return html.ToString();
    }

    /// <summary>The chart's data, layout and config as JSON that is safe to place inside a script element.</summary>
    public static string FigureJson(PlotlyFigure chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        // '<' only occurs inside JSON strings, where \u003c means the same character; this keeps "</script>" out.
        return chart.Json.Replace("<", "\\u003c", StringComparison.Ordinal);
    }

    private static string NewDivId() =>
        $"dc-plot-{Guid.NewGuid():N}-{Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture)}";

    private static string SizeStyle(PlotlyFigure chart) =>
        string.Create(CultureInfo.InvariantCulture, $" style=\"width:{chart.Width}px;height:{chart.Height}px\"");

    // Draws at once when window.Plotly exists (a guarded library element earlier on the page defines it); otherwise
    // polls for it, then either loads the CDN copy (only when that source was chosen) or says in the div what is missing.
    private static string RenderScript(string id, string figureJson, NotebookDisplayOptions options)
    {
        bool cdnNow = options.PlotlySource == PlotlyScriptSource.Cdn;
        bool cdnLater = options.PlotlySource == PlotlyScriptSource.InlineWithCdnFallback;
        string cdn = cdnNow || cdnLater ? PlotlyLibrary.CdnUrl : "";
        return $$"""
        (function () {
          var figure = {{figureJson}};
          var id = '{{id}}', waited = 0, step = 50, limit = {{options.LibraryWaitMilliseconds}};
          var cdnNow = {{(cdnNow ? "true" : "false")}}, cdnLater = {{(cdnLater ? "true" : "false")}}, cdnUrl = '{{cdn}}';
          function draw() {
            var element = document.getElementById(id);
            if (element) { window.Plotly.newPlot(element, figure.data, figure.layout || {}, figure.config || {}); }
          }
          function missing() {
            var element = document.getElementById(id);
            if (!element) { return; }
            var note = document.createElement('pre');
            note.className = '{{MissingLibraryClass}}';
            note.textContent = 'plotly.js is not loaded on this page: re-run the cell of the first chart, or call NotebookDisplay.Register() and display the chart again.';
            element.appendChild(note);
          }
          function loadFromCdn() {
            if (window.Plotly) { draw(); return; }
            if (window.__dcPlotlyQueue) { window.__dcPlotlyQueue.push(draw); return; }
            window.__dcPlotlyQueue = [draw];
            var script = document.createElement('script');
            script.src = cdnUrl;
            var savedDefine = window.define;
            window.define = undefined;
            script.onload = function () {
              window.define = savedDefine;
              var queue = window.__dcPlotlyQueue; window.__dcPlotlyQueue = null;
              queue.forEach(function (f) { f(); });
            };
            script.onerror = function () { window.define = savedDefine; window.__dcPlotlyQueue = null; missing(); };
            document.head.appendChild(script);
          }
          function attempt() {
            if (window.Plotly) { draw(); }
            else if (cdnNow) { loadFromCdn(); }
            else if (waited < limit) { waited += step; setTimeout(attempt, step); }
            else if (cdnLater) { loadFromCdn(); }
            else { missing(); }
          }
          attempt();
        })();

        """;
    }
}
