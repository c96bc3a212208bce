using DeepClustering.Notebooks.Document;

namespace DeepClustering.Notebooks.Execution;

/// <summary>The result of executing one code cell.</summary>
public sealed record CellRun(CellStatus Status, IReadOnlyList<CellOutput> Outputs, DateTimeOffset Started, TimeSpan Duration)
{
    /// <summary>The cell's error output, when it failed.</summary>
    public ErrorOutput? Error => Outputs.OfType<ErrorOutput>().LastOrDefault();

    /// <summary>True when the cell's kernel is gone (killed after a timeout or cancellation, or ended by the cell): the run stops.</summary>
    public bool Abandoned { get; init; }
}
