using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeepClustering.Notebooks;
using DeepClustering.Notebooks.Document;

namespace DeepClustering.Cli.Commands;

/// <summary>The <c>bench runner</c> subcommand: how fast the notebook runner starts and runs a 20-cell trivial notebook.</summary>
/// <remarks>Each sample is a fresh process (this command with <c>--once</c>), timed from the process start, since start-up
/// (the kernel process and its first compilation) is what the targets are about. The first sample warms the disk cache
/// and is discarded.</remarks>
internal static class BenchRunnerCommand
{
    private const int Cells = 20;

    /// <summary>Builds the subcommand.</summary>
    public static Command Create()
    {
        var samples = new Option<int>("--samples") { Description = "Fresh-process samples after one warm-up run.", DefaultValueFactory = _ => 3 };
        var once = new Option<bool>("--once") { Description = "Measure this process only (used for the samples).", Hidden = true };
        var command = new Command("runner", "Notebook runner start-up to first cell done, kernel start included, and a 20-trivial-cell notebook, in fresh processes (targets 6 s and 10 s).")
        {
            samples, once,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(once))
            {
                Console.WriteLine((await MeasureThisProcessAsync(cancellationToken)).ToJsonString());
                return 0;
            }
            var count = parse.GetValue(samples);
            if (count < 1)
            {
                Console.Error.WriteLine($"error: --samples must be at least 1; got {count}.");
                return 2;
            }
            var runs = new List<JsonObject>();
            for (var i = 0; i <= count; i++)
            {
                var run = await RunChildAsync(cancellationToken);
                if (i > 0)
                    runs.Add(run);
            }
            var report = new JsonObject
            {
                ["benchmark"] = "runner",
                ["samples"] = runs.Count,
                ["cells"] = Cells,
                ["start_to_first_cell_seconds"] = Median(runs, "start_to_first_cell_seconds"),
                ["twenty_cell_notebook_seconds"] = Median(runs, "twenty_cell_notebook_seconds"),
                ["twenty_cell_notebook_in_process_warm_seconds"] = Median(runs, "twenty_cell_notebook_in_process_warm_seconds"),
                // Where start-to-first-cell goes (medians; the parts add up to it within rounding).
                ["split_seconds"] = new JsonObject(SplitKeys.Select(k => KeyValuePair.Create(k, (JsonNode?)Median(runs, k)))),
                ["processor"] = Bench.Processor.Name(),
                ["load_average"] = LoadAverage(),
                ["target_start_to_first_cell_seconds"] = 6.0,
                ["target_twenty_cell_notebook_seconds"] = 10.0,
                ["runs"] = new JsonArray(runs.Select(r => (JsonNode)r).ToArray()),
            };
            Console.WriteLine(report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        });
        return command;
    }

    private static async Task<JsonObject> MeasureThisProcessAsync(CancellationToken cancellationToken)
    {
        var processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var folder = Path.Combine(Path.GetTempPath(), "deep-clustering-bench-runner", Guid.NewGuid().ToString("N"));
        try
        {
            var notebook = WriteTrivialNotebook(folder);
            var options = new NotebookRunOptions { OutputDirectory = Path.Combine(folder, "out") };
            var first = await NotebookRunner.RunAsync(notebook, options, cancellationToken);
            var firstCell = first.Cells[0];
            var firstDone = firstCell.Started!.Value.UtcDateTime + firstCell.Duration;
            var clock = Stopwatch.StartNew();
            var second = await NotebookRunner.RunAsync(notebook, options, cancellationToken);
            clock.Stop();
            if (!first.Succeeded || !second.Succeeded)
                throw new InvalidOperationException("the benchmark notebook failed: " + first.FirstFailure?.Error?.Value);
            var startup = first.KernelStartup!;
            var kernelBegan = startup.Began.UtcDateTime;
            return new JsonObject
            {
                ["start_to_first_cell_seconds"] = Round((firstDone - processStart).TotalSeconds),
                ["process_and_cli_start"] = Round((kernelBegan - processStart).TotalSeconds),
                ["kernel_tool_resolve"] = Round(startup.ToolResolved.TotalSeconds),
                ["kernel_process_ready"] = Round((startup.ProcessReady - startup.ToolResolved).TotalSeconds),
                ["kernel_connect_csharp"] = Round((startup.Connected - startup.ProcessReady).TotalSeconds),
                ["first_cell"] = Round((firstDone - (kernelBegan + startup.Connected)).TotalSeconds),
                ["twenty_cell_notebook_seconds"] = Round((first.Ended.UtcDateTime - processStart).TotalSeconds),
                ["twenty_cell_notebook_in_process_warm_seconds"] = Round(clock.Elapsed.TotalSeconds),
            };
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string WriteTrivialNotebook(string folder)
    {
        var cells = Enumerable.Range(0, Cells).Select(i =>
            NotebookCell.CreateCode($"c{i}", i % 2 == 0 ? $"var x{i} = {i};" : $"x{i - 1} + {i}"));
        var path = Path.Combine(folder, "trivial.ipynb");
        NotebookDocument.Create(cells).Save(path);
        return path;
    }

    private static async Task<JsonObject> RunChildAsync(CancellationToken cancellationToken)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot find this program's path");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var argument in new[] { "bench", "runner", "--once" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"bench sample exited with {process.ExitCode}");
        return JsonNode.Parse(output.Trim().Split('\n')[^1])!.AsObject();
    }

    // The parts of start_to_first_cell_seconds, in order: this process and its command line up to the kernel start, the
    // pinned tool's resolution, the kernel process until KernelReady, the C# subkernel's proxy, the first (trivial) cell.
    private static readonly string[] SplitKeys = ["process_and_cli_start", "kernel_tool_resolve", "kernel_process_ready", "kernel_connect_csharp", "first_cell"];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Median(List<JsonObject> runs, string key)
    {
        var values = runs.Select(r => r[key]!.GetValue<double>()).Order().ToList();
        return values.Count % 2 == 1 ? values[values.Count / 2] : Round((values[values.Count / 2 - 1] + values[values.Count / 2]) / 2);
    }

    private static double Round(double seconds) => Math.Round(seconds, 3);
}
