using System.Text;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Execution;

namespace DeepClustering.Notebooks;

/// <summary>What happened to one code cell of a run.</summary>
/// <param name="Index">The cell's position among all cells of the executed notebook (0-based, injected cell included).</param>
/// <param name="Id">The cell's nbformat id.</param>
/// <param name="ExecutionCount">The execution count it got, or null when it did not run.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Started">When it started (UTC), or null when it did not run.</param>
/// <param name="Duration">How long it ran.</param>
/// <param name="Source">The cell's source.</param>
/// <param name="Outputs">Its outputs in order.</param>
public sealed record CellResult(
    int Index,
    string Id,
    int? ExecutionCount,
    CellStatus Status,
    DateTimeOffset? Started,
    TimeSpan Duration,
    string Source,
    IReadOnlyList<CellOutput> Outputs)
{
    /// <summary>The cell's error output, when it failed or timed out.</summary>
    public ErrorOutput? Error => Outputs.OfType<ErrorOutput>().LastOrDefault();

    /// <summary>The display outputs, in order.</summary>
    public IEnumerable<DisplayOutput> Displays => Outputs.OfType<DisplayOutput>();

    /// <summary>All text the cell wrote to one stream ("stdout" or "stderr").</summary>
    public string StreamText(string name)
    {
        var text = new StringBuilder();
        foreach (var stream in Outputs.OfType<StreamOutput>().Where(s => s.Name == name))
            text.Append(stream.Text);
        return text.ToString();
    }
}
