namespace DeepClustering.Data;

/// <summary>A data set's files are in none of the searched places and could not be downloaded; the message lists the files and where to put them.</summary>
public sealed class DataNotFoundException : Exception
{
    /// <summary>Creates the exception for data set <paramref name="dataset"/>.</summary>
    public DataNotFoundException(string dataset, IReadOnlyList<string> missingFiles, IReadOnlyList<string> searched, string message, Exception? inner = null)
        : base(message, inner)
    {
        Dataset = dataset;
        MissingFiles = missingFiles;
        Searched = searched;
    }

    /// <summary>The data set's name, e.g. <c>mnist</c>.</summary>
    public string Dataset { get; }

    /// <summary>The file names that were looked for.</summary>
    public IReadOnlyList<string> MissingFiles { get; }

    /// <summary>The directories that were searched, in order.</summary>
    public IReadOnlyList<string> Searched { get; }
}
