using DeepClustering.Notebooks.Execution;

namespace DeepClustering.Notebooks;

/// <summary>The outcome of running one notebook: per-cell results, where it was written, and the exit code it implies.</summary>
/// <param name="SourcePath">The notebook that was run (full path).</param>
/// <param name="OutputPath">Where the executed notebook was written, or null when no output folder was given.</param>
/// <param name="Cells">Every code cell, in order, including those that did not run.</param>
/// <param name="Parameters">The <c>--param</c> values applied, typed from their defaults.</param>
/// <param name="Started">When the run started (UTC).</param>
/// <param name="Ended">When the run ended (UTC).</param>
public sealed record NotebookRunResult(
    string SourcePath,
    string? OutputPath,
    IReadOnlyList<CellResult> Cells,
    IReadOnlyList<KeyValuePair<string, object>> Parameters,
    DateTimeOffset Started,
    DateTimeOffset Ended)
{
    /// <summary>True when every code cell ran and succeeded.</summary>
    public bool Succeeded => Cells.All(c => c.Status == CellStatus.Succeeded);

    /// <summary>The first cell that failed or timed out, or null.</summary>
    public CellResult? FirstFailure => Cells.FirstOrDefault(c => c.Status is CellStatus.Failed or CellStatus.TimedOut or CellStatus.KernelEnded);

    /// <summary>The process exit code this result calls for (see <see cref="RunExitCode"/>).</summary>
    public int ExitCode =>
        Cells.Any(c => c.Status == CellStatus.KernelEnded) ? RunExitCode.KernelEnded
        : Cells.Any(c => c.Status == CellStatus.TimedOut) ? RunExitCode.CellTimedOut
        : Cells.Any(c => c.Status == CellStatus.Failed) ? RunExitCode.CellFailed
        : RunExitCode.Success;

    /// <summary>Where the kernel's start went, or null when it did not start.</summary>
    public Kernel.KernelStartup? KernelStartup { get; init; }

    /// <summary>Wall time of the whole run.</summary>
    public TimeSpan Duration => Ended - Started;
}
