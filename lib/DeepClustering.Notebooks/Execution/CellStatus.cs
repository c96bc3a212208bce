namespace DeepClustering.Notebooks.Execution;

/// <summary>How a code cell's execution ended.</summary>
public enum CellStatus
{
    /// <summary>The cell was not run (an earlier cell failed, or the run stopped).</summary>
    NotRun,

    /// <summary>The cell ran to the end.</summary>
    Succeeded,

    /// <summary>The cell failed: compile error, exception, unsupported kernel or NuGet error.</summary>
    Failed,

    /// <summary>The cell ran past the timeout and was stopped or abandoned.</summary>
    TimedOut,
}
