namespace DeepClustering.Notebooks.Document;

/// <summary>A notebook file that is not valid nbformat 4 JSON; the message names the file, the line when known, and what was expected.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/> (and 1-based <paramref name="line"/>, when known) with a message that says what was wrong.</summary>
    public NotebookFormatException(string path, string message, Exception? inner = null, long? line = null)
        : base($"{path}{(line is { } l ? $", line {l}" : "")}: {message}", inner)
    {
        Path = path;
        Line = line;
    }

    /// <summary>The notebook file that failed to load.</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the problem, when known.</summary>
    public long? Line { get; }
}
