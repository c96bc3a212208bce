namespace DeepClustering.Reproductions;

/// <summary>What one original project reported: the numbers a notebook puts its own next to.</summary>
/// <param name="Notebook">The notebook that reproduces it (e.g. 02-mnist-neural-kmeans).</param>
/// <param name="Original">The original's address or title.</param>
/// <param name="Numbers">Its reported numbers.</param>
public sealed record ReportedExperiment(string Notebook, string Original, IReadOnlyList<ReportedNumber> Numbers)
{
    /// <summary>The number with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such id; the message lists the ids there are.</exception>
    public ReportedNumber this[string id] =>
        Numbers.FirstOrDefault(n => n.Id == id)
        ?? throw new KeyNotFoundException(
            $"data/reported.json has no number '{id}' for {Notebook}; " +
            $"it has: {string.Join(", ", Numbers.Select(n => n.Id))}.");

    /// <summary>The value of the number with this id.</summary>
    public double Value(string id) => this[id].Scalar;
}
