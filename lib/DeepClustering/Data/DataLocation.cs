namespace DeepClustering.Data;

/// <summary>A directory that holds a data set's files, and how it was found.</summary>
/// <param name="Directory">The directory's full path.</param>
/// <param name="Origin">Which rule of the search found it.</param>
public sealed record DataLocation(string Directory, DataOrigin Origin)
{
    /// <summary>The path of <paramref name="fileName"/> in this directory.</summary>
    public string PathOf(string fileName) => Path.Combine(Directory, fileName);

    /// <summary>The directory and origin as one line, e.g. <c>/data/mnist (DEEPCLUSTERING_DATA)</c>.</summary>
    public override string ToString() => $"{Directory} ({Origin switch
    {
        DataOrigin.Explicit => "explicit directory",
        DataOrigin.EnvironmentVariable => DataLocator.EnvironmentVariable,
        DataOrigin.Repository => "repository data/",
        _ => "downloaded",
    }})";
}
