using System.Globalization;
using System.Text.Json.Nodes;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Execution;
using DeepClustering.Notebooks.Parameters;
using Microsoft.DotNet.Interactive.Formatting;

namespace DeepClustering.Notebooks;

/// <summary>Runs a Polyglot C# notebook headless, cell by cell in one script state, and writes the executed notebook.</summary>
/// <remarks>Runs in one process are serialised: the console routing, the current directory and the Formatter's
/// registrations are process-wide, as they are for a kernel.</remarks>
public static class NotebookRunner
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Runs the notebook at <paramref name="notebookPath"/> and returns every code cell's result.</summary>
    /// <exception cref="NotebookFormatException">The file is missing or not nbformat 4 JSON.</exception>
    /// <exception cref="ParameterException">A parameter is unknown, ill-typed, or there is no parameters cell.</exception>
    /// <exception cref="IOException">The output would overwrite the source notebook.</exception>
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
        var previousDirectory = Directory.GetCurrentDirectory();
        var started = DateTimeOffset.UtcNow;
        List<CellResult> cells;
        try
        {
            var directory = Path.GetDirectoryName(source)!;
            if (options.UseNotebookDirectoryAsWorkingDirectory)
                Directory.SetCurrentDirectory(directory);
            if (options.ResetFormatters)
                Formatter.ResetToDefault();
            cells = await RunCellsAsync(notebook, directory, options, cancellationToken);
        }
        finally
        {
            if (options.UseNotebookDirectoryAsWorkingDirectory)
                Directory.SetCurrentDirectory(previousDirectory);
            Gate.Release();
        }

        var result = new NotebookRunResult(source, output, cells, parameters, started, DateTimeOffset.UtcNow);
        RunMetadata.ApplyToNotebook(notebook, result, ParameterInjector.Defaults(notebook));
        if (output is not null)
            result = result with { OutputPath = UnsavedOutput.Write(output, notebook.Save, "the executed notebook") };
        return result;
    }

    private static async Task<List<CellResult>> RunCellsAsync(NotebookDocument notebook, string directory, NotebookRunOptions options, CancellationToken cancellationToken)
    {
        var executor = new CellExecutor(directory, options.CellTimeout);
        var defaultKernel = PolyglotMetadata.DefaultKernelName(notebook.Metadata);
        var codeCells = notebook.Cells.Count(c => c.IsCode);
        var results = new List<CellResult>();
        var executionCount = 0;
        var stopped = false;
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cells[index];
            if (!cell.IsCode)
                continue;
            var kernelName = cell.KernelName ?? defaultKernel;
            PolyglotMetadata.ApplyToCell(cell, defaultKernel);
            var source = cell.Source;
            if (stopped || cancellationToken.IsCancellationRequested)
            {
                cell.ClearOutputs();
                results.Add(Record(cell, new CellResult(index, cell.Id!, null, CellStatus.NotRun, null, TimeSpan.Zero, source, [])));
                continue;
            }
            executionCount++;
            var echo = options.Echo ? new TerminalEcho(ConsoleRouter.TerminalOut, ConsoleRouter.TerminalError, executionCount) : null;
            var run = await executor.ExecuteAsync(source, kernelName, echo, cancellationToken);
            cell.SetOutputs(executionCount, new JsonArray(run.Outputs.Select(o => (JsonNode?)o.ToJson()).ToArray()));
            results.Add(Record(cell, new CellResult(index, cell.Id!, executionCount, run.Status, run.Started, run.Duration, source, run.Outputs)));
            if (echo is not null)
                EchoSummary(executionCount, codeCells, run);
            if (run.Status != CellStatus.Succeeded && (!options.AllowErrors || run.Abandoned || cancellationToken.IsCancellationRequested))
                stopped = true;
        }
        return results;
    }

    private static CellResult Record(NotebookCell cell, CellResult result)
    {
        RunMetadata.ApplyToCell(cell, result);
        return result;
    }

    private static void EchoSummary(int executionCount, int codeCells, CellRun run)
    {
        var seconds = run.Duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        var verdict = run.Status switch
        {
            CellStatus.Succeeded => "ok",
            CellStatus.TimedOut => "TIMED OUT",
            _ => "FAILED",
        };
        var writer = run.Status == CellStatus.Succeeded ? ConsoleRouter.TerminalOut : ConsoleRouter.TerminalError;
        writer.WriteLine($"[{executionCount}] {verdict} ({seconds} s, code cell {executionCount} of {codeCells})");
        writer.Flush();
    }
}
