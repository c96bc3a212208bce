namespace DeepClustering.Data;

/// <summary>Where a data set's files were found, in the order the locator searches.</summary>
public enum DataOrigin
{
    /// <summary>The directory passed explicitly (<c>dataDir</c>, <c>--data-dir</c>).</summary>
    Explicit,

    /// <summary>The directory named by the environment variable <c>DEEPCLUSTERING_DATA</c>.</summary>
    EnvironmentVariable,

    /// <summary><c>data/&lt;folder&gt;/</c> in the repository.</summary>
    Repository,

    /// <summary>Downloaded just now into <c>data/&lt;folder&gt;/</c> and checksum-verified.</summary>
    Downloaded,
}
