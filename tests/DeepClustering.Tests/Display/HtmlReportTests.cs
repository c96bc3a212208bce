using DeepClustering.Display.Plotly;
using DeepClustering.Display.Report;
using DeepClustering.Notebooks.Document;

namespace DeepClustering.Tests.Display;

public sealed class HtmlReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dc-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;

    [Fact]
    public void Holds_every_notebook_with_plotly_js_once()
    {
        var notebooks = ReportFixture.WriteTwoNotebooks(_dir);
        string path = Path.Combine(_dir, "report.html");
        HtmlReport.Write(path, notebooks, "Test report");
        string html = File.ReadAllText(path);

        Assert.Equal(1, CountOf(html, PlotlyLibrary.LibraryAttribute));
        Assert.True(html.IndexOf(PlotlyLibrary.LibraryAttribute, StringComparison.Ordinal) < html.IndexOf("<body>", StringComparison.Ordinal));
        Assert.Equal(2, CountOf(html, $"class=\"{ChartHtml.ChartClass}\""));
        Assert.Contains("<h1 class=\"dc-notebook-title\">01-first</h1>", html);
        Assert.Contains("<h1 id=\"experiment-one\">Experiment one</h1>", html);
        Assert.Contains("<strong>96.4 %</strong>", html);
        Assert.Contains("var x = 1;\nConsole.WriteLine(x);", html);
        Assert.Contains("<pre class=\"dc-stream\">1 &lt; 2\ndone\n</pre>", html);
        Assert.Contains("src=\"data:image/png;base64,iVBORw0KGgo", html);
        Assert.Contains("<div class=\"dc-error\"><b>System.Exception</b>: boom &lt;b&gt;", html);
        Assert.Contains("System.Exception: boom\n   at Submission#2", html);
        int error = html.IndexOf("<div class=\"dc-error\">", StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", html[error..html.IndexOf("</div>", error, StringComparison.Ordinal)]);
        Assert.Single(Directory.GetFiles(_dir, "*.html"));
    }

    [Fact]
    public void A_folder_is_reported_in_name_order()
    {
        ReportFixture.WriteTwoNotebooks(_dir);
        string path = Path.Combine(_dir, "out", "report.html");
        HtmlReport.WriteFolder(path, _dir);
        string html = File.ReadAllText(path);
        Assert.True(html.IndexOf(">01-first</h1>", StringComparison.Ordinal) < html.IndexOf(">02-second</h1>", StringComparison.Ordinal));
        Assert.Throws<FileNotFoundException>(() => HtmlReport.WriteFolder(path, Path.Combine(_dir, "out")));
    }

    [Fact]
    public void Script_tags_that_load_plotly_from_elsewhere_are_removed()
    {
        string html = "<script src=\"https://cdn.plot.ly/plotly-2.28.0.min.js\"></script><div>x</div><script>var keep = 1;</script>";
        Assert.Equal("<div>x</div><script>var keep = 1;</script>", PlotlyScriptFilter.RemoveLibraryScripts(html));
    }

    [Fact]
    public void A_broken_notebook_is_named_with_its_line_and_nothing_is_written()
    {
        string bad = Path.Combine(_dir, "bad.ipynb");
        File.WriteAllText(bad, "{\n  \"cells\": [\n    {,\n  ]\n}");
        string output = Path.Combine(_dir, "report.html");
        File.WriteAllText(output, "old");
        var error = Assert.Throws<NotebookFormatException>(() => HtmlReport.Write(output, [bad]));
        Assert.Equal(bad, error.Path);
        Assert.Equal(3, error.Line);
        Assert.Contains("bad.ipynb, line 3", error.Message);
        Assert.Equal("old", File.ReadAllText(output));

        File.WriteAllText(bad, "{\"nbformat\": 4, \"cells\": [{\"source\": \"x\"}]}");
        Assert.Contains("cell 0: expected cell_type code, markdown or raw", Assert.Throws<NotebookFormatException>(() => HtmlReport.Write(output, [bad])).Message);
        File.WriteAllText(bad, "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"x\", \"outputs\": [{\"text\": \"y\"}]}]}");
        Assert.Contains("cell 0: output 0: expected output_type", Assert.Throws<NotebookFormatException>(() => HtmlReport.Write(output, [bad])).Message);
        Assert.Equal("old", File.ReadAllText(output));
    }
}
