using DeepClustering.Notebooks;
using DeepClustering.Notebooks.Execution;
using DeepClustering.Notebooks.Kernel;
using static DeepClustering.Tests.Notebooks.NotebookTestHost;

namespace DeepClustering.Tests.Notebooks;

[Collection(NotebookRunnerCollection.Name)]
public sealed class RunnerExecutionTests : IDisposable
{
    private readonly NotebookTestHost _host = new();

    [Fact]
    public async Task Successful_notebook_runs_every_cell_in_one_state_and_writes_polyglot_nbformat()
    {
        var result = await _host.RunAsync("success.ipynb");

        Assert.True(result.Succeeded);
        Assert.Equal(RunExitCode.Success, result.ExitCode);
        Assert.Equal([1, 2, 3, 4, 5], result.Cells.Select(c => c.ExecutionCount ?? 0));
        var notebook = ReadOutput(result);
        Assert.Equal(4, notebook["nbformat"]!.GetValue<int>());
        Assert.Equal(5, notebook["nbformat_minor"]!.GetValue<int>());
        Assert.Equal(".net-csharp", notebook["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
        Assert.Equal("C#", notebook["metadata"]!["language_info"]!["name"]!.GetValue<string>());
        Assert.Equal("csharp", notebook["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        Assert.Equal("csharp", Cell(notebook, "no-output")["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
        Assert.Equal("hello alpha\n", Text(Cell(notebook, "load")["outputs"]![0]!["text"]));
        Assert.Equal("9", Text(Cell(notebook, "trailing")["outputs"]![0]!["data"]!["text/plain"]));
        Assert.Contains("<pre>42</pre>", Text(Cell(notebook, "await")["outputs"]![0]!["data"]!["text/html"]));
        Assert.Empty(Cell(notebook, "no-output")["outputs"]!.AsArray());
        var papermill = notebook["metadata"]!["papermill"]!;
        Assert.False(papermill["exception"]!.GetValue<bool>());
        Assert.NotNull(papermill["start_time"]);
        Assert.True(Cell(notebook, "declare")["metadata"]!["papermill"]!["duration"]!.GetValue<double>() >= 0);
        Assert.Equal("completed", Cell(notebook, "declare")["metadata"]!["papermill"]!["status"]!.GetValue<string>());
        Assert.False(File.Exists(result.SourcePath + ".tmp"));
    }

    [Fact]
    public async Task Compile_error_becomes_an_error_output_and_stops_the_run()
    {
        var result = await _host.RunAsync("compile-error.ipynb");

        Assert.Equal([CellStatus.Succeeded, CellStatus.Failed, CellStatus.NotRun], result.Cells.Select(c => c.Status));
        Assert.Equal(RunExitCode.CellFailed, result.ExitCode);
        var notebook = ReadOutput(result);
        var error = Cell(notebook, "broken")["outputs"]![0]!;
        Assert.Equal("error", error["output_type"]!.GetValue<string>());
        Assert.Equal(ErrorFormatter.CompilationErrorName, error["ename"]!.GetValue<string>());
        Assert.Contains("CS0029", error["evalue"]!.GetValue<string>());
        Assert.Equal("failed", Cell(notebook, "broken")["metadata"]!["papermill"]!["status"]!.GetValue<string>());
        var after = Cell(notebook, "after");
        Assert.Null(after["execution_count"]);
        Assert.Equal("pending", after["metadata"]!["papermill"]!["status"]!.GetValue<string>());
        Assert.True(notebook["metadata"]!["papermill"]!["exception"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_compiler_warning_is_shown_as_Jupyter_shows_it_and_fails_the_cell_after_its_outputs()
    {
        var result = await _host.RunAsync("compile-warning.ipynb", new NotebookRunOptions { AllowErrors = true });

        Assert.Equal([CellStatus.Succeeded, CellStatus.Failed, CellStatus.Succeeded], result.Cells.Select(c => c.Status));
        Assert.Equal(RunExitCode.CellFailed, result.ExitCode);
        var outputs = Cell(ReadOutput(result), "warns")["outputs"]!.AsArray();
        Assert.Equal(["stream", "display_data", "error"], outputs.Select(o => o!["output_type"]!.GetValue<string>()));
        Assert.Contains("warning CS8632", Text(outputs[0]!["text"]));
        Assert.Equal("shown", Text(outputs[1]!["data"]!["text/plain"]));
        Assert.Equal(CompilerWarnings.ErrorName, outputs[2]!["ename"]!.GetValue<string>());
        Assert.Contains("CS8632", outputs[2]!["evalue"]!.GetValue<string>());
    }

    [Fact]
    public async Task Exception_keeps_output_written_before_it_and_allow_errors_continues()
    {
        var result = await _host.RunAsync("runtime-exception.ipynb", new NotebookRunOptions { AllowErrors = true });

        Assert.Equal([CellStatus.Succeeded, CellStatus.Failed, CellStatus.Succeeded], result.Cells.Select(c => c.Status));
        Assert.Equal(RunExitCode.CellFailed, result.ExitCode);
        var throws = result.Cells[1];
        Assert.Equal("partial\n", throws.StreamText("stdout"));
        Assert.Equal("System.InvalidOperationException", throws.Error!.Name);
        Assert.Equal("boom", throws.Error.Value);
        Assert.Contains(throws.Error.Traceback, line => line.Contains("Fail()", StringComparison.Ordinal));
        Assert.Equal("after\n", result.Cells[2].StreamText("stdout"));
        ReadOutput(result);
    }

    [Fact]
    public async Task A_cell_for_an_unknown_kernel_fails_that_cell_and_keeps_the_run()
    {
        var result = await _host.RunAsync("unknown-kernel.ipynb", new NotebookRunOptions { AllowErrors = true });

        Assert.Equal([CellStatus.Succeeded, CellStatus.Failed, CellStatus.Failed, CellStatus.Succeeded], result.Cells.Select(c => c.Status));
        Assert.Equal(RunExitCode.CellFailed, result.ExitCode);
        Assert.Equal("UnknownKernel", result.Cells[1].Error!.Name);
        Assert.Contains("'nosuchkernel'", result.Cells[1].Error!.Value);
        Assert.Contains("'javascript'", result.Cells[2].Error!.Value);
        Assert.Equal("after\n", result.Cells[3].StreamText("stdout"));
        ReadOutput(result);
    }

    [Fact]
    public async Task Console_output_and_displays_keep_their_order()
    {
        var result = await _host.RunAsync("console-order.ipynb");

        var outputs = result.Cells.Single().Outputs;
        var kinds = outputs.Select(o => o switch
        {
            DeepClustering.Notebooks.Document.StreamOutput s => $"{s.Name}:{s.Text}",
            DeepClustering.Notebooks.Document.DisplayOutput d => $"display:{d.Data.Get("text/plain")}",
            _ => o.GetType().Name,
        });
        Assert.Equal(["stdout:ab\n", "stderr:e1\n", "display:shown", "stdout:c\nfrom task\n", "stderr:e2\n"], kinds);
        ReadOutput(result);
    }

    [Fact]
    public async Task Twenty_trivial_cells_run()
    {
        var result = await _host.RunAsync("trivial-20.ipynb");

        Assert.True(result.Succeeded);
        Assert.Equal(20, result.Cells.Count);
    }

    [Fact]
    public async Task Source_notebook_is_never_overwritten()
    {
        var options = new NotebookRunOptions { OutputDirectory = FixtureDirectory };
        await Assert.ThrowsAsync<IOException>(() => NotebookRunner.RunAsync(Fixture("success.ipynb"), options));
    }

    public void Dispose() => _host.Dispose();
}
