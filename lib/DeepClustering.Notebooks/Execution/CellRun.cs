using DeepClustering.Notebooks.Document;

namespace DeepClustering.Notebooks.Execution;

/// <summary>The result of executing one code cell.</summary>
public sealed record CellRun(CellStatus Status, IReadOnlyList<CellOutput> Outputs, DateTimeOffset Started, TimeSpan Duration)
{
    /// <summary>The cell's error output, when it failed.</summary>
    public ErrorOutput? Error => Outputs.OfType<ErrorOutput>().LastOrDefault();

    /// <summary>True when the cell was abandoned after a timeout because it did not stop (the script state is unusable).</summary>
    public bool Abandoned { get; init; }
}
