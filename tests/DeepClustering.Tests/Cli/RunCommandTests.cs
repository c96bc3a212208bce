using System.CommandLine;
using System.Xml.Linq;
using DeepClustering.Cli.Commands;
using DeepClustering.Notebooks;
using DeepClustering.Tests.Notebooks;
using static DeepClustering.Tests.Notebooks.NotebookTestHost;

namespace DeepClustering.Tests.Cli;

[Collection(NotebookRunnerCollection.Name)]
public sealed class RunCommandTests : IDisposable
{
    private readonly NotebookTestHost _host = new();

    internal static Task<int> InvokeAsync(params string[] args) => new RootCommand { RunCommand.Create() }.Parse(args).InvokeAsync();

    [Fact]
    public async Task Runs_a_folder_in_name_order_and_writes_trx_with_one_result_per_cell()
    {
        var folder = Path.Combine(_host.OutputDirectory, "in");
        Directory.CreateDirectory(folder);
        File.Copy(Fixture("compile-error.ipynb"), Path.Combine(folder, "b.ipynb"));
        File.Copy(Fixture("parameters.ipynb"), Path.Combine(folder, "a.ipynb"));
        var output = Path.Combine(_host.OutputDirectory, "out");
        var trx = Path.Combine(_host.OutputDirectory, "cells.trx");

        var exit = await InvokeAsync("run", folder, "--output-dir", output, "--trx", trx);

        Assert.Equal(RunExitCode.CellFailed, exit);
        AssertValidNbformat(Path.Combine(output, "a.ipynb"));
        AssertValidNbformat(Path.Combine(output, "b.ipynb"));
        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        var results = XDocument.Load(trx).Descendants(ns + "UnitTestResult").ToList();
        Assert.Equal(["Passed", "Passed", "Passed", "Failed", "NotExecuted"], results.Select(r => r.Attribute("outcome")!.Value));
        Assert.StartsWith("a.ipynb", results[0].Attribute("testName")!.Value);
        Assert.Contains("CS0029", results[3].Descendants(ns + "Message").Single().Value);
    }

    [Fact]
    public async Task Parameters_and_success_give_exit_code_zero()
    {
        var exit = await InvokeAsync("run", Fixture("parameters.ipynb"), "--output-dir", _host.OutputDirectory,
            "--param", "count=9", "--param", "label=x=y");

        Assert.Equal(RunExitCode.Success, exit);
    }

    [Theory]
    [InlineData("missing.ipynb")]
    [InlineData("parameters.ipynb", "--param", "nope=1")]
    [InlineData("parameters.ipynb", "--param", "novalue")]
    [InlineData("parameters.ipynb", "--timeout", "0")]
    public async Task Bad_input_gives_exit_code_four(string notebook, params string[] extra)
    {
        var exit = await InvokeAsync(["run", Fixture(notebook), "--output-dir", _host.OutputDirectory, .. extra]);

        Assert.Equal(RunExitCode.InvalidInput, exit);
    }

    [Fact]
    public async Task Two_notebooks_with_one_file_name_are_refused_before_anything_runs()
    {
        var other = Path.Combine(_host.OutputDirectory, "copy");
        Directory.CreateDirectory(other);
        File.Copy(Fixture("success.ipynb"), Path.Combine(other, "success.ipynb"));
        var output = Path.Combine(_host.OutputDirectory, "out");

        var exit = await InvokeAsync("run", Fixture("success.ipynb"), Path.Combine(other, "success.ipynb"), "--output-dir", output);

        Assert.Equal(RunExitCode.InvalidInput, exit);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Timeout_gives_exit_code_three()
    {
        var exit = await InvokeAsync("run", Fixture("timeout.ipynb"), "--output-dir", _host.OutputDirectory, "--timeout", "0.3");

        Assert.Equal(RunExitCode.CellTimedOut, exit);
    }

    public void Dispose() => _host.Dispose();
}
