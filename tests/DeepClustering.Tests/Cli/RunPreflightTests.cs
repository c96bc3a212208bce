using System.CommandLine;
using DeepClustering.Cli.Commands;
using DeepClustering.Notebooks;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Metadata;
using DeepClustering.Tests.Notebooks;
using static DeepClustering.Tests.Notebooks.NotebookTestHost;

namespace DeepClustering.Tests.Cli;

/// <summary>run and suite check notebooks, parameters and output locations before the first cell runs, never overwrite a source, and never lose what ran.</summary>
[Collection(NotebookRunnerCollection.Name)]
public sealed class RunPreflightTests : IDisposable
{
    private readonly NotebookTestHost _host = new();

    private string Temp(string name) => Path.Combine(_host.OutputDirectory, name);

    /// <summary>Invokes the command with stderr captured (only for runs that stop before any cell, so no console routing is involved).</summary>
    private static (int Exit, string Err) Invoke(Command command, params string[] args)
    {
        var old = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        try
        {
            var exit = new RootCommand { command }.Parse([command.Name, .. args]).InvokeAsync().GetAwaiter().GetResult();
            return (exit, error.ToString());
        }
        finally
        {
            Console.SetError(old);
        }
    }

    /// <summary>A notebook whose parameters cell declares the suite's parameters, a float and a double, and whose next cell writes <c>marker</c> (so a test sees whether anything ran).</summary>
    private string MarkerNotebook(string folder, string name, string body = "")
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        NotebookDocument.Create([
            NotebookCell.CreateCode("params", "var profile = \"quick\";\nvar resultsDir = \"\";\nvar marker = \"\";\nvar outDir = \"\";\nfloat scale = 1f;\ndouble rate = 0.5;", "parameters"),
            NotebookCell.CreateCode("work", "if (marker != \"\") System.IO.File.WriteAllText(marker, \"ran\");\n" + body),
        ]).Save(path);
        return path;
    }

    [Fact]
    public void Output_dir_reaching_the_source_through_a_symlink_or_dot_dot_after_one_is_refused_and_the_source_kept()
    {
        var source = MarkerNotebook(Temp("src"), "a.ipynb");
        var before = File.ReadAllBytes(source);
        Directory.CreateDirectory(Temp("deep/inner"));
        Directory.CreateSymbolicLink(Temp("link"), Temp("src"));
        Directory.CreateSymbolicLink(Temp("inner-link"), Temp("deep/inner"));

        foreach (var output in new[] { Temp("link"), Temp("inner-link/../../src"), Temp("src/../link/") })
        {
            var (exit, error) = Invoke(RunCommand.Create(), source, "--output-dir", output, "--param", $"marker={Temp("marker")}");
            Assert.Equal(RunExitCode.InvalidInput, exit);
            Assert.Contains("never overwritten", error);
        }
        Assert.Equal(before, File.ReadAllBytes(source));
        Assert.False(File.Exists(Temp("marker")));
    }

    [Theory]
    [InlineData("rate=NaN", "not a finite number")]
    [InlineData("rate=Infinity", "not a finite number")]
    [InlineData("rate=-Infinity", "not a finite number")]
    [InlineData("scale=1e39", "beyond the range of float")]
    [InlineData("rate=1e309", "beyond the range of double")]
    public void Non_finite_or_overflowing_values_are_rejected_before_anything_runs(string param, string why)
    {
        var notebook = MarkerNotebook(Temp("in"), "a.ipynb");

        var (exit, error) = Invoke(RunCommand.Create(), notebook, "--output-dir", Temp("out"), "--param", param, "--param", $"marker={Temp("marker")}");

        Assert.Equal(RunExitCode.InvalidInput, exit);
        Assert.Contains(why, error);
        Assert.Contains(param.Split('=')[0], error);
        Assert.False(File.Exists(Temp("marker")));
        Assert.False(Directory.Exists(Temp("out")));
    }

    [Theory]
    [InlineData("--timeout", "NaN", "--timeout must be")]
    [InlineData("--timeout", "Infinity", "--timeout must be")]
    [InlineData("--timeout", "1e300", "--timeout must be")]
    [InlineData("--timeout", "0", "--timeout must be")]
    [InlineData("--output-dir", "", "--output-dir is empty")]
    [InlineData("--trx", "", "--trx is empty")]
    [InlineData("--param", "rate=0.25", "is given twice")]
    public void Options_that_cannot_work_are_refused_with_one_line_before_anything_runs(string option, string value, string why)
    {
        var notebook = MarkerNotebook(Temp("in"), "a.ipynb");
        string[] extra = option == "--output-dir" ? [option, value] : [option, value, "--output-dir", Temp("out")];
        var (exit, error) = Invoke(RunCommand.Create(),
            [notebook, "--param", $"marker={Temp("marker")}", "--param", "rate=0.5", .. extra]);
        Assert.Equal(RunExitCode.InvalidInput, exit);
        Assert.Contains(why, error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.False(File.Exists(Temp("marker")));
        Assert.False(Directory.Exists(Temp("out")));
    }

    [Fact]
    public void A_second_run_into_an_output_folder_in_use_is_refused_and_runs_nothing()
    {
        var notebook = MarkerNotebook(Temp("in"), "a.ipynb");
        using (var held = DeepClustering.Cli.Output.OutputLock.TryAcquire(Temp("out"), out _))
        {
            Assert.NotNull(held);
            var (exit, error) = Invoke(RunCommand.Create(), notebook, "--output-dir", Temp("out"), "--param", $"marker={Temp("marker")}");
            Assert.Equal(RunExitCode.InvalidInput, exit);
            Assert.Contains("another run is writing", error);
            Assert.False(File.Exists(Temp("marker")));
            Assert.False(File.Exists(Path.Combine(Temp("out"), "a.ipynb")));
        }
        using var again = DeepClustering.Cli.Output.OutputLock.TryAcquire(Temp("out"), out var busy);
        Assert.True(again is not null, busy);  // released with its holder
    }

    [Fact]
    public void A_trx_file_on_an_executed_notebooks_path_is_refused()
    {
        var notebook = MarkerNotebook(Temp("in"), "a.ipynb");
        var (exit, error) = Invoke(RunCommand.Create(),
            notebook, "--output-dir", Temp("out"), "--trx", Path.Combine(Temp("out"), "a.ipynb"), "--param", $"marker={Temp("marker")}");
        Assert.Equal(RunExitCode.InvalidInput, exit);
        Assert.Contains("is where an executed notebook is written", error);
        Assert.False(File.Exists(Temp("marker")));
    }

    [Theory]
    [InlineData("profile=full", "use --profile full")]
    [InlineData("resultsDir=x", "results go to")]
    public void The_suite_refuses_a_param_it_sets_itself(string param, string why)
    {
        var (exit, error) = Invoke(SuiteCommand.Create(), "--notebooks", Temp("nowhere"), "--output-dir", Temp("out"), "--param", param);
        Assert.Equal(RunExitCode.InvalidInput, exit);
        Assert.Contains(why, error);
        Assert.False(Directory.Exists(Temp("out")));
    }

    [Fact]
    public void A_bad_parameter_for_the_second_notebook_stops_the_run_before_the_first_one()
    {
        var folder = Temp("in");
        MarkerNotebook(folder, "a.ipynb");
        File.Copy(Fixture("parameters.ipynb"), Path.Combine(folder, "b.ipynb")); // declares no 'marker'

        var (exit, error) = Invoke(RunCommand.Create(), folder, "--output-dir", Temp("out"), "--param", $"marker={Temp("marker")}");

        Assert.Equal(RunExitCode.InvalidInput, exit);
        Assert.Contains("b.ipynb", error);
        Assert.Contains("'marker'", error);
        Assert.False(File.Exists(Temp("marker")));
    }

    [Fact]
    public void Output_dir_that_is_a_file_or_unwritable_and_trx_that_is_a_folder_are_refused_before_anything_runs()
    {
        var notebook = MarkerNotebook(Temp("in"), "a.ipynb");
        File.WriteAllText(Temp("a-file"), "x");
        Directory.CreateDirectory(Temp("a-folder"));
        var unwritable = UnwritableFolder();
        var cases = new (string[] Args, string Path)[]
        {
            (["--output-dir", Temp("a-file")], Temp("a-file")),
            (["--output-dir", Path.Combine(Temp("a-file"), "sub")], Temp("a-file")),
            (["--output-dir", Path.Combine(unwritable, "out")], unwritable),
            (["--output-dir", Temp("out"), "--trx", Temp("a-folder")], Temp("a-folder")),
        };
        foreach (var (args, path) in cases)
        {
            var (exit, error) = Invoke(RunCommand.Create(), [notebook, "--param", $"marker={Temp("marker")}", .. args]);
            Assert.Equal(RunExitCode.InvalidInput, exit);
            Assert.Contains(path, error);
            Assert.Single(error.Trim().Split('\n'));
        }
        Assert.False(File.Exists(Temp("marker")));
    }

    [Fact]
    public void Run_on_a_folder_without_notebooks_says_so_and_fails()
    {
        Directory.CreateDirectory(Temp("empty"));

        var (exit, error) = Invoke(RunCommand.Create(), Temp("empty"), "--output-dir", Temp("out"));

        Assert.Equal(RunExitCode.InvalidInput, exit);
        Assert.Contains("no notebooks", error);
        Assert.Contains(Temp("empty"), error);
    }

    [Fact]
    public void Suite_with_a_mistyped_parameter_keeps_the_previous_results_report_and_trx()
    {
        var notebooks = Temp("notebooks");
        MarkerNotebook(notebooks, "01-a.ipynb");
        MarkerNotebook(notebooks, "00-overview.ipynb");
        var output = Temp("artifacts");
        Directory.CreateDirectory(Path.Combine(output, "results"));
        var kept = new Dictionary<string, string>
        {
            [Path.Combine(output, "results", "01-a.json")] = "hours of full-profile compute",
            [Path.Combine(output, "report.html")] = "old report",
            [Path.Combine(output, "notebooks.trx")] = "old trx",
        };
        foreach (var (path, text) in kept)
            File.WriteAllText(path, text);

        var (exit, error) = Invoke(SuiteCommand.Create(), "--notebooks", notebooks, "--output-dir", output, "--param", "sed=1");

        Assert.Equal(RunExitCode.InvalidInput, exit);
        Assert.Contains("'sed'", error);
        foreach (var (path, text) in kept)
            Assert.Equal(text, File.ReadAllText(path));
        Assert.False(Directory.Exists(Path.Combine(output, "notebooks")));
    }

    [Fact]
    public async Task Suite_moves_results_no_notebook_replaced_to_previous_instead_of_deleting_them()
    {
        var notebooks = Temp("notebooks");
        MarkerNotebook(notebooks, "01-a.ipynb");
        // The overview runs after the set-aside, so it must not see the stale file.
        MarkerNotebook(notebooks, "00-overview.ipynb", "if (System.IO.File.Exists(System.IO.Path.Combine(resultsDir, \"02-gone.json\"))) throw new Exception(\"stale\");");
        var output = Temp("artifacts");
        var stale = Path.Combine(output, "results", "02-gone.json");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, """{ "notebook": "02-gone", "profile": "full", "seed": 0, "comparable": true, "seconds": 1, "entries": [] }""");

        var exit = await new RootCommand { SuiteCommand.Create() }.Parse(["suite", "--notebooks", notebooks, "--output-dir", output]).InvokeAsync();

        Assert.Equal(RunExitCode.Success, exit);
        Assert.False(File.Exists(stale));
        Assert.Contains("02-gone", File.ReadAllText(Path.Combine(output, "results", "previous", "02-gone.json")));
        var trx = File.ReadAllText(Path.Combine(output, "notebooks.trx"));
        Assert.Contains("01-a.ipynb", trx);
        Assert.Contains("00-overview.ipynb", trx);
        Assert.True(File.Exists(Path.Combine(output, "report.html")));
    }

    [Fact]
    public async Task A_failure_while_saving_the_executed_notebook_keeps_it_elsewhere_and_says_where()
    {
        var output = Temp("out");
        Directory.CreateDirectory(output);
        // The cell replaces the output folder by a file, so writing the executed notebook there fails after the run.
        var notebook = MarkerNotebook(Temp("in"), "a.ipynb",
            "System.IO.Directory.Delete(outDir, true);\nSystem.IO.File.WriteAllText(outDir, \"in the way\");\nConsole.WriteLine(\"the work\");");

        var result = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions { OutputDirectory = output, Parameters = [new("outDir", output)] });

        Assert.True(result.Succeeded);
        Assert.NotNull(result.OutputPath);
        Assert.StartsWith(UnsavedOutput.Root, result.OutputPath);
        Assert.Contains("the work", File.ReadAllText(result.OutputPath!));
        Directory.Delete(Path.GetDirectoryName(result.OutputPath!)!, recursive: true);
    }

    [Fact]
    public void Unsaved_output_goes_to_a_fresh_temporary_folder_when_the_target_cannot_be_written()
    {
        var written = new List<string>();
        var path = UnsavedOutput.Write(Path.Combine(Temp("a-file-later"), "x.trx"), p =>
        {
            if (written.Count == 0) { written.Add(p); throw new UnauthorizedAccessException("denied"); }
            written.Add(p);
            File.WriteAllText(p, "kept");
        }, "the TRX file");

        Assert.Equal(2, written.Count);
        Assert.Equal(written[1], path);
        Assert.Equal("x.trx", Path.GetFileName(path));
        Assert.Equal("kept", File.ReadAllText(path));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    /// <summary>A folder this process cannot create files in: a read-only one for ordinary users, /sys for root (which ignores permissions).</summary>
    private string UnwritableFolder()
    {
        if (Environment.IsPrivilegedProcess || OperatingSystem.IsWindows())
            return "/sys";
        var folder = Temp("read-only");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return folder;
    }

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows() && Directory.Exists(Temp("read-only")))
            File.SetUnixFileMode(Temp("read-only"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _host.Dispose();
    }
}
