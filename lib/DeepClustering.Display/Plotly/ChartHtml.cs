using System.Globalization;
using System.Text;
using global::Plotly.NET;

namespace DeepClustering.Display.Plotly;

/// <summary>Turns a Plotly.NET chart into a div plus a render script, built from the chart's JSON (data, layout, config).</summary>
public static class ChartHtml
{
    /// <summary>CSS class on every chart div, so tests and the report can find the charts.</summary>
    public const string ChartClass = "dc-plotly-chart";

    /// <summary>How long (milliseconds) a chart waits for window.Plotly before loading it from the CDN.</summary>
    public const int WaitForLibraryMilliseconds = 3000;

    private static int _counter;

    /// <summary>Writes the chart's HTML; with <paramref name="includeLibrary"/> the full plotly.js precedes it.</summary>
    public static string Render(GenericChart chart, bool includeLibrary)
    {
        ArgumentNullException.ThrowIfNull(chart);
        string id = NewDivId();
        var html = new StringBuilder();
        if (includeLibrary)
            html.Append(PlotlyLibrary.ScriptElement()).Append('\n');
        html.Append(CultureInfo.InvariantCulture, $"<div id=\"{id}\" class=\"{ChartClass}\"{SizeStyle(chart)}></div>\n");
        html.Append("<script type=\"text/javascript\">\n").Append(RenderScript(id, FigureJson(chart))).Append("</script>\n");
        return html.ToString();
    }

    /// <summary>The chart's data, layout and config as JSON that is safe to place inside a script element.</summary>
    public static string FigureJson(GenericChart chart)
    {
        // '<' only occurs inside JSON strings, where \u003c means the same character; this keeps "</script>" out.
        return GenericChart.toJson(chart).Replace("<", "\\u003c", StringComparison.Ordinal);
    }

    private static string NewDivId() =>
        $"dc-plot-{Guid.NewGuid():N}-{Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture)}";

    private static string SizeStyle(GenericChart chart)
    {
        var layout = GenericChart.getLayout(chart);
        var parts = new List<string>();
        foreach (string name in new[] { "width", "height" })
        {
            var value = layout.TryGetPropertyValue(name);
            if (value is not null && value.Value is IConvertible number)
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name}:{number.ToDouble(CultureInfo.InvariantCulture)}px"));
        }
        return parts.Count == 0 ? "" : $" style=\"{string.Join(';', parts)}\"";
    }

    // Waits briefly for window.Plotly (the inline library may sit in an earlier output), then falls back to the CDN,
    // loading it at most once per page even when many charts are waiting.
    private static string RenderScript(string id, string figureJson) => $$"""
        (function () {
          var figure = {{figureJson}};
          var tries = 0, maxTries = {{WaitForLibraryMilliseconds / 50}};
          function draw() {
            var element = document.getElementById('{{id}}');
            if (element) { window.Plotly.newPlot(element, figure.data, figure.layout, figure.config); }
          }
          function loadFromCdn() {
            if (window.__dcPlotlyWaiting) { window.__dcPlotlyWaiting.push(draw); return; }
            window.__dcPlotlyWaiting = [draw];
            var script = document.createElement('script');
            script.src = '{{PlotlyLibrary.CdnUrl}}';
            script.onload = function () {
              var waiting = window.__dcPlotlyWaiting; window.__dcPlotlyWaiting = null;
              waiting.forEach(function (f) { f(); });
            };
            var saved = window.define; window.define = undefined;
            script.addEventListener('load', function () { window.define = saved; });
            document.head.appendChild(script);
          }
          function attempt() {
            if (window.Plotly) { draw(); }
            else if (tries++ < maxTries) { setTimeout(attempt, 50); }
            else { loadFromCdn(); }
          }
          attempt();
        })();

        """;
}
