namespace DeepClustering.Notebooks.Execution;

/// <summary>How a code cell's execution ended.</summary>
public enum CellStatus
{
    /// <summary>The cell was not run (an earlier cell failed, or the run stopped).</summary>
    NotRun,

    /// <summary>The cell ran to the end.</summary>
    Succeeded,

    /// <summary>The cell failed: compile error, exception, unsupported kernel, NuGet error or cancellation.</summary>
    Failed,

    /// <summary>The cell ran past the timeout; its kernel was killed.</summary>
    TimedOut,

    /// <summary>The kernel process ended while the cell ran (Environment.Exit, a crash such as a stack overflow).</summary>
    KernelEnded,
}
