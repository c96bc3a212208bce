using DeepClustering.Notebooks;
using DeepClustering.Notebooks.Execution;
using DeepClustering.Notebooks.Kernel;
using DeepClustering.Display.Report;
using DeepClustering.Notebooks.Document;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using static DeepClustering.Tests.Notebooks.NotebookTestHost;

namespace DeepClustering.Tests.Notebooks;

[Collection(NotebookRunnerCollection.Name)]
public sealed class RunnerReportTests : IDisposable
{
    private readonly NotebookTestHost _host = new();

    [Fact]
    public async Task The_report_reads_what_the_runner_writes()
    {
        var success = await _host.RunAsync("success.ipynb");
        var display = await _host.RunAsync("display.ipynb", new NotebookRunOptions { AllowErrors = true }); // HTML(...) warns: see RunnerDisplayTests
        Assert.True(success.Succeeded, success.FirstFailure?.Error?.Value);
        Assert.All(display.Cells.Where(c => c.Status != CellStatus.Succeeded), c => Assert.Equal(CompilerWarnings.ErrorName, c.Error?.Name));
        ReadOutput(success); // the official validator accepts both before the report reads them
        ReadOutput(display);

        var written = NotebookDocument.Load(success.OutputPath!);
        Assert.Equal("success", written.Name);
        var load = written.Cells.Single(c => c.Id == "load");
        Assert.Equal(2, load.ExecutionCount);
        Assert.Equal("hello alpha\n", Assert.IsType<StreamOutput>(Assert.Single(load.Outputs)).Text.ToString());

        // The kernel's own .ipynb reader (Microsoft.DotNet.Interactive.Documents, what Polyglot Notebooks opens files with)
        // reads the same cells, ids, kernels and outputs. (Its GetDefaultKernelName looks for polyglot_notebook.defaultKernelName,
        // not the polyglot_notebook.kernelInfo that VS Code writes and we follow, so it is not asked here.)
        var polyglot = Notebook.Parse(File.ReadAllText(success.OutputPath!));
        Assert.Equal(written.Cells.Select(c => c.Id), polyglot.Elements.Select(e => e.Id));
        Assert.Equal(written.Cells.Select(c => c.IsCode ? "csharp" : "markdown"), polyglot.Elements.Select(e => e.KernelName));
        Assert.Equal(written.Cells.Select(c => c.Outputs.Count), polyglot.Elements.Select(e => e.Outputs.Count));
        Assert.Equal("hello alpha\n", Assert.IsType<TextElement>(polyglot.Elements.Single(e => e.Id == "load").Outputs[0]).Text);

        var report = Path.Combine(_host.OutputDirectory, "report.html");
        HtmlReport.Write(report, [success.OutputPath!, display.OutputPath!], "Runner report");
        var html = File.ReadAllText(report);
        Assert.Contains("<h1 class=\"dc-notebook-title\">success</h1>", html);
        Assert.Contains("<h1 id=\"success\">Success</h1>", html);
        Assert.Contains("<pre class=\"dc-stream\">hello alpha\n</pre>", html);
        Assert.Contains("<div class=\"dc-prompt\">[3]</div>", html);
        Assert.Contains("<div class=\"dc-html\"><b>bold</b></div>", html);
        Assert.Contains($"src=\"data:image/png;base64,{Convert.ToBase64String([137, 80, 78, 71])}\"", html);
    }

    public void Dispose() => _host.Dispose();
}
