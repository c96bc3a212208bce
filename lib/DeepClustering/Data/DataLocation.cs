namespace DeepClustering.Data;

/// <summary>A directory that holds a data set's files, and how it was found.</summary>
/// <param name="Directory">The directory's full path.</param>
/// <param name="Origin">Which rule of the search found it.</param>
public sealed record DataLocation(string Directory, DataOrigin Origin)
{
    /// <summary>The path of <paramref name="fileName"/> in this directory.</summary>
    public string PathOf(string fileName) => Path.Combine(Directory, fileName);

    /// <summary>The origin in words: <c>explicit directory</c>, <c>DEEPCLUSTERING_DATA</c>, <c>repository data/</c> or <c>downloaded</c>.</summary>
    public string OriginText => Origin switch
    {
        DataOrigin.Explicit => "explicit directory",
        DataOrigin.EnvironmentVariable => DataLocator.EnvironmentVariable,
        DataOrigin.Repository => "repository data/",
        _ => "downloaded",
    };

    /// <summary>A file in this directory with the origin, e.g. <c>/data/x.csv (DEEPCLUSTERING_DATA)</c>.</summary>
    public string Describe(string path) => $"{path} ({OriginText})";

    /// <summary>The directory and origin as one line, e.g. <c>/data/mnist (DEEPCLUSTERING_DATA)</c>.</summary>
    public override string ToString() => Describe(Directory);
}
