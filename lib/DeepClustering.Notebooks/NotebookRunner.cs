using System.Globalization;
using System.Text.Json.Nodes;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Execution;
using DeepClustering.Notebooks.Kernel;
using DeepClustering.Notebooks.Metadata;
using DeepClustering.Notebooks.Parameters;

namespace DeepClustering.Notebooks;

/// <summary>
/// Runs a Polyglot C# notebook headless, cell by cell, in a fresh .NET Interactive kernel process of its own
/// (<see cref="KernelSession"/>), and writes the executed notebook, also when a cell failed, timed out or ended the kernel.
/// </summary>
/// <remarks>Runs in one process are serialised, so that their live output does not interleave.</remarks>
public static class NotebookRunner
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Runs the notebook at <paramref name="notebookPath"/> and returns every code cell's result.</summary>
    /// <exception cref="NotebookFormatException">The file is missing or not nbformat 4 JSON.</exception>
    /// <exception cref="ParameterException">A parameter is unknown, ill-typed, or there is no parameters cell.</exception>
    /// <exception cref="IOException">The output would overwrite the source notebook.</exception>
    /// <example>
    /// Runs notebook 01 with one parameter changed and a five-minute limit per cell, writing the executed copy to
    /// <c>artifacts/notebooks/</c>:
    /// <code>
    /// var result = await NotebookRunner.RunAsync("notebooks/01-breast-cancer.ipynb", new NotebookRunOptions
    /// {
    ///     Parameters = [new("seed", "1")],
    ///     CellTimeout = TimeSpan.FromMinutes(5),
    /// });
    /// Console.WriteLine(result.Succeeded ? $"wrote {result.OutputPath}" : $"failed: {result.FirstFailure}");
    /// return result.ExitCode;
    /// </code>
    /// </example>
    public static async Task<NotebookRunResult> RunAsync(string notebookPath, NotebookRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new NotebookRunOptions();
        var source = Path.GetFullPath(notebookPath);
        var output = options.OutputDirectory is { } folder ? Path.GetFullPath(Path.Combine(folder, Path.GetFileName(source))) : null;
        if (output is not null && string.Equals(output, source, StringComparison.Ordinal))
            throw new IOException($"{source}: the output folder is the notebook's own folder; the source notebook is never overwritten, choose another --output-dir.");

        var notebook = NotebookDocument.Load(source);
        var parameters = ParameterInjector.Inject(notebook, options.Parameters);
        CellIds.Normalize(notebook.Cells);
        PolyglotMetadata.ApplyToNotebook(notebook.Metadata);

        await Gate.WaitAsync(cancellationToken);
        var started = DateTimeOffset.UtcNow;
        List<CellResult> cells;
        KernelStartup? startup;
        try
        {
            var directory = Path.GetDirectoryName(source)!;
            var workingDirectory = options.UseNotebookDirectoryAsWorkingDirectory ? directory : Directory.GetCurrentDirectory();
            (cells, startup) = await RunCellsAsync(notebook, workingDirectory, options, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }

        var result = new NotebookRunResult(source, output, cells, parameters, started, DateTimeOffset.UtcNow) { KernelStartup = startup };
        RunMetadata.ApplyToNotebook(notebook, result, ParameterInjector.Defaults(notebook));
        if (output is not null)
            result = result with { OutputPath = UnsavedOutput.Write(output, notebook.Save, "the executed notebook") };
        return result;
    }

    private static async Task<(List<CellResult> Cells, KernelStartup? Startup)> RunCellsAsync(NotebookDocument notebook, string workingDirectory, NotebookRunOptions options, CancellationToken cancellationToken)
    {
        var defaultKernel = PolyglotMetadata.DefaultKernelName(notebook.Metadata);
        var codeCells = notebook.Cells.Count(c => c.IsCode);
        var results = new List<CellResult>();
        var executionCount = 0;
        var stopped = false;
        // The terminal's own streams: the echo must not go through Console while kernel events are being handled.
        (TextWriter Out, TextWriter Error)? terminal = options.Echo ? TerminalStreams.Open() : null;
        KernelSession? kernel = null;
        string? startError = null;
        try
        {
            kernel = await KernelSession.StartAsync(workingDirectory, cancellationToken);
        }
        catch (Exception e)
        {
            // Reported in the first cell (a cancelled start leaves every cell not run), so the partial run is still written.
            startError = $"The .NET Interactive kernel did not start: {e.Message}";
        }
        try
        {
            for (var index = 0; index < notebook.Cells.Count; index++)
            {
                var cell = notebook.Cells[index];
                if (!cell.IsCode)
                    continue;
                var kernelName = cell.KernelName ?? defaultKernel;
                PolyglotMetadata.ApplyToCell(cell, defaultKernel);
                var source = cell.Source;
                // A kernel that never started fails the first cell, even when a cancellation stopped its start.
                if (stopped || (cancellationToken.IsCancellationRequested && kernel is not null))
                {
                    cell.ClearOutputs();
                    results.Add(Record(cell, new CellResult(index, cell.Id!, null, CellStatus.NotRun, null, TimeSpan.Zero, source, [])));
                    continue;
                }
                executionCount++;
                var echo = terminal is not null ? new TerminalEcho(terminal.Value.Out, terminal.Value.Error, executionCount) : null;
                var collector = new CellOutputCollector(echo);
                CellRun run;
                if (kernel is null)
                {
                    collector.AddError(ErrorFormatter.FromMessage("KernelStartFailed", startError ?? "The run was cancelled before the kernel started."));
                    run = new CellRun(CellStatus.Failed, collector.Snapshot(), DateTimeOffset.UtcNow, TimeSpan.Zero) { Abandoned = true };
                }
                else
                    run = await kernel.RunAsync(source, kernelName, executionCount, collector, options.CellTimeout, cancellationToken);
                cell.SetOutputs(executionCount, new JsonArray(run.Outputs.Select(o => (JsonNode?)o.ToJson()).ToArray()));
                results.Add(Record(cell, new CellResult(index, cell.Id!, executionCount, run.Status, run.Started, run.Duration, source, run.Outputs)));
                if (terminal is not null)
                    EchoSummary(terminal.Value, executionCount, codeCells, run);
                if (run.Status != CellStatus.Succeeded && (!options.AllowErrors || run.Abandoned || cancellationToken.IsCancellationRequested))
                    stopped = true;
            }
        }
        finally
        {
            if (kernel is not null)
                await kernel.DisposeAsync();
        }
        return (results, kernel?.Startup);
    }

    private static CellResult Record(NotebookCell cell, CellResult result)
    {
        RunMetadata.ApplyToCell(cell, result);
        return result;
    }

    private static void EchoSummary((TextWriter Out, TextWriter Error) terminal, int executionCount, int codeCells, CellRun run)
    {
        var seconds = run.Duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        var verdict = run.Status switch
        {
            CellStatus.Succeeded => "ok",
            CellStatus.TimedOut => "TIMED OUT",
            CellStatus.KernelEnded => "ENDED THE KERNEL",
            _ => "FAILED",
        };
        var writer = run.Status == CellStatus.Succeeded ? terminal.Out : terminal.Error;
        writer.WriteLine($"[{executionCount}] {verdict} ({seconds} s, code cell {executionCount} of {codeCells})");
        writer.Flush();
    }
}
