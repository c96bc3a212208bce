namespace DeepClustering.Display.Report;

/// <summary>A notebook file that is not valid nbformat JSON; names the file and, where known, the line.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public NotebookFormatException(string path, long? line, string message, Exception? inner = null)
        : base($"{path}{(line is { } l ? $", line {l}" : "")}: {message}", inner)
    {
        Path = path;
        Line = line;
    }

    /// <summary>The notebook file.</summary>
    public string Path { get; }

    /// <summary>1-based line of the problem, when known.</summary>
    public long? Line { get; }
}
