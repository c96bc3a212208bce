namespace DeepClustering.Notebooks.Document;

/// <summary>A notebook file that is not valid nbformat 4 JSON; the message names the file and what was expected.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/> with a message that says what was wrong.</summary>
    public NotebookFormatException(string path, string message, Exception? inner = null)
        : base($"{path}: {message}", inner) => Path = path;

    /// <summary>The notebook file that failed to load.</summary>
    public string Path { get; }
}
