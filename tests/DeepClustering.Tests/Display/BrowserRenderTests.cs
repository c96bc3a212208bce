using Xunit.Abstractions;
using System.Text.RegularExpressions;
using DeepClustering.Display.Plotly;
using DeepClustering.Display.Report;

namespace DeepClustering.Tests.Display;

public sealed class BrowserRenderTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dc-browser-").FullName;

    // xunit 2 has no runtime skip: without Chromium the checks pass vacuously and say so in the test output.
    private bool ChromiumMissing()
    {
        if (HeadlessBrowser.Executable is not null)
            return false;
        output.WriteLine("Skipped: Chromium is not installed (apt-get install -y chromium; .ci/run installs it).");
        return true;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Every_chart_of_the_report_renders_offline_without_script_errors()
    {
        if (ChromiumMissing())
            return;

        string report = Path.Combine(_dir, "report.html");
        HtmlReport.Write(report, ReportFixture.WriteTwoNotebooks(_dir), "Browser check");
        string dom = HeadlessBrowser.DumpDom(report);
        Assert.Equal(2, AssertEveryChartRendered(dom));

        string artifacts = Path.Combine(DeepClustering.Tests.Golden.GoldenCase.RepositoryRoot(), "artifacts", "display");
        Directory.CreateDirectory(artifacts);
        string screenshot = Path.Combine(artifacts, "report-screenshot.png");
        HeadlessBrowser.Screenshot(report, screenshot);
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    /// <summary>The suite's own report: .ci/run runs the main job first and names the report in DEEPCLUSTERING_REPORT.</summary>
    [Fact]
    public void Every_chart_of_the_suite_report_renders_offline_without_script_errors()
    {
        string? report = Environment.GetEnvironmentVariable("DEEPCLUSTERING_REPORT");
        if (string.IsNullOrEmpty(report))
        {
            output.WriteLine("Skipped: DEEPCLUSTERING_REPORT is not set (.ci/run sets it after the main job).");
            return;
        }
        Assert.True(File.Exists(report), $"{report}: the main job's report is missing");
        if (ChromiumMissing())
            return;
        string dom = HeadlessBrowser.DumpDom(report, virtualTimeMs: 60_000);
        int charts = AssertEveryChartRendered(dom);
        Assert.True(charts > 0, "the suite report holds charts");
        output.WriteLine($"{charts} charts rendered in {report}");
        string screenshot = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(report))!, "report-screenshot.png");
        HeadlessBrowser.Screenshot(report, screenshot, height: 4000, virtualTimeMs: 60_000);
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    /// <summary>Checks that every chart div of <paramref name="dom"/> drew an SVG and no script failed; returns the chart count.</summary>
    private static int AssertEveryChartRendered(string dom)
    {
        var charts = Regex.Matches(dom, $"<div id=\"(dc-plot-[^\"]+)\" class=\"{ChartHtml.ChartClass}[^\"]*\"");
        foreach (Match chart in charts)
        {
            int start = chart.Index, end = dom.IndexOf("</script>", start, StringComparison.Ordinal);
            string plot = dom[start..(end < 0 ? dom.Length : end)];
            Assert.True(plot.Contains("main-svg"), $"chart {chart.Groups[1].Value} did not render");
        }
        Assert.DoesNotContain($"<pre class=\"{ChartHtml.MissingLibraryClass}\">", dom);
        var errors = Regex.Match(dom, $"<pre id=\"{HtmlReport.ScriptErrorsId}\">(.*?)</pre>", RegexOptions.Singleline);
        Assert.True(errors.Success, "the script-error collector is on the page");
        Assert.Equal("", errors.Groups[1].Value);
        return charts.Count;
    }

    [Fact]
    public void Notebook_outputs_share_one_library_even_under_an_amd_loader()
    {
        if (ChromiumMissing())
            return;
        // What a front end shows: output 1 carries plotly.js, output 2 waits for it, output 3 (after Register again)
        // carries a second copy that the guard skips. A require.js-style define must not swallow the library.
        var chart = DeepClustering.Display.Charts.Charts.TrainingCurve([1.0, 0.5, 0.2]);
        string[] outputs =
        [
            ChartHtml.Render(chart, includeLibrary: true),
            ChartHtml.Render(chart, includeLibrary: false),
            ChartHtml.Render(chart, includeLibrary: true),
        ];
        string page = Path.Combine(_dir, "notebook.html");
        File.WriteAllText(page,
            "<!DOCTYPE html><html><head><script>window.define = function () {}; window.define.amd = {};" +
            "window.addEventListener('error', function (e) { document.title = 'error: ' + e.message; });</script></head><body>" +
            string.Concat(outputs.Select(o => $"<div class=\"output\">{o}</div>")) + "</body></html>");
        string dom = HeadlessBrowser.DumpDom(page);
        Assert.True(Regex.Matches(dom, "class=\"main-svg\"").Count >= 3);
        Assert.Equal(3, Regex.Matches(dom, $"class=\"{ChartHtml.ChartClass} js-plotly-plot\"").Count);
        Assert.DoesNotContain("<title>error", dom);
    }

    [Fact]
    public void A_chart_without_the_library_says_so_instead_of_failing_silently()
    {
        if (ChromiumMissing())
            return;
        string page = Path.Combine(_dir, "alone.html");
        string chart = ChartHtml.Render(DeepClustering.Display.Charts.Charts.TrainingCurve([1.0, 0.5]), includeLibrary: false,
            new DeepClustering.Display.NotebookDisplayOptions { LibraryWaitMilliseconds = 500 });
        File.WriteAllText(page, $"<!DOCTYPE html><html><body>{chart}</body></html>");
        Assert.Contains($"<pre class=\"{ChartHtml.MissingLibraryClass}\">plotly.js is not loaded", HeadlessBrowser.DumpDom(page, 3_000));
    }
}
