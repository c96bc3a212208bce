namespace DeepClustering.Reproductions;

/// <summary>The JSON document of one notebook's results.</summary>
/// <param name="Notebook">The notebook's name.</param>
/// <param name="Profile">quick or full.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Comparable">False when the run used stand-in data.</param>
/// <param name="Seconds">Wall time from the log's creation to the save.</param>
/// <param name="Results">The recorded numbers.</param>
/// <param name="Provenance">The commit, date, machine and libraries of the run (null in files written before it was recorded).</param>
public sealed record ResultsDocument(
    string Notebook, string Profile, int Seed, bool Comparable, double Seconds, IReadOnlyList<ResultEntry> Results,
    RunProvenance? Provenance = null);
