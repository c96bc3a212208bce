namespace DeepClustering.Data;

/// <summary>The directory where a data set was found and the paths of the requested files, in the order asked.</summary>
/// <param name="Location">The directory and how it was found.</param>
/// <param name="Paths">The full path of each file.</param>
public sealed record LocatedFiles(DataLocation Location, IReadOnlyList<string> Paths);
