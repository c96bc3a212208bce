using System.Diagnostics;
using System.Text.Json.Nodes;
using DeepClustering.Notebooks;

namespace DeepClustering.Tests.Notebooks;

/// <summary>Runs fixture notebooks into a fresh temporary folder and reads back what the runner wrote.</summary>
internal sealed class NotebookTestHost : IDisposable
{
    public NotebookTestHost()
    {
        OutputDirectory = Path.Combine(Path.GetTempPath(), "dc-runner-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(OutputDirectory);
    }

    public string OutputDirectory { get; }

    public static string FixtureDirectory => Path.Combine(AppContext.BaseDirectory, "Notebooks", "Fixtures");

    public static string Fixture(string name) => Path.Combine(FixtureDirectory, name);

    public Task<NotebookRunResult> RunAsync(string fixture, NotebookRunOptions? options = null) =>
        NotebookRunner.RunAsync(Fixture(fixture), (options ?? new NotebookRunOptions()) with { OutputDirectory = OutputDirectory });

    /// <summary>The executed notebook as JSON, after checking it with the official validator when it is installed.</summary>
    public static JsonObject ReadOutput(NotebookRunResult result)
    {
        Assert.NotNull(result.OutputPath);
        AssertValidNbformat(result.OutputPath!);
        return JsonNode.Parse(File.ReadAllText(result.OutputPath!))!.AsObject();
    }

    public static JsonObject Cell(JsonObject notebook, string id) =>
        notebook["cells"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == id)!.AsObject();

    public static string Text(JsonNode? multiline) =>
        multiline is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : multiline?.GetValue<string>() ?? "";

    /// <summary>Runs nbformat.validate with Debian's python3-nbformat; skipped silently where it is not installed.</summary>
    public static void AssertValidNbformat(string path)
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python))
            return;
        var start = new ProcessStartInfo(python) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import importlib.util,sys\nif importlib.util.find_spec('nbformat') is None: sys.exit(0)\nimport nbformat\nnbformat.validate(nbformat.read(sys.argv[1], 4))");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"nbformat.validate rejected {path}:\n{errors}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
