using DeepClustering.Reproductions;
using DeepClustering.Notebooks;
using DeepClustering.Notebooks.Execution;

namespace DeepClustering.Cli.Output;

/// <summary>
/// One notebook run in a few words. A run whose cells all ran and whose only failure is the target check
/// (<see cref="ExperimentLog.AssertTargets"/> throwing <see cref="ExperimentTargetException"/>) finished its experiment and
/// wrote its results: it is told apart from a run that broke off, though both fail (exit code 2).
/// </summary>
internal static class RunVerdict
{
    /// <summary>True when every code cell ran, and the one that failed did so only because numbers missed their targets.</summary>
    public static bool MissedTargetsOnly(NotebookRunResult run)
    {
        var failed = run.Cells.Where(c => c.Status != CellStatus.Succeeded).ToList();
        return failed is [{ Status: CellStatus.Failed } only] && only.Error?.Name == typeof(ExperimentTargetException).FullName;
    }

    /// <summary>"succeeded", "ran to the end; targets missed (cell 16)", "FAILED at cell 7", "TIMED OUT at cell 7" or "cell 7 ended the kernel (exit code 3)".</summary>
    public static string Describe(NotebookRunResult run) =>
        run.Succeeded ? "succeeded"
        : MissedTargetsOnly(run) ? $"ran to the end; targets missed (cell {run.FirstFailure?.ExecutionCount})"
        : run.FirstFailure is { Status: CellStatus.TimedOut } timedOut ? $"TIMED OUT at cell {timedOut.ExecutionCount}"
        : run.FirstFailure is { Status: CellStatus.KernelEnded } ended ? ended.Error?.Value ?? $"cell {ended.ExecutionCount} ended the kernel"
        : $"FAILED at cell {run.FirstFailure?.ExecutionCount}";
}
