namespace DeepClustering.Data;

/// <summary>A data file does not have the layout its loader expects; the message names the file, the position and what was expected.</summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the exception for a problem at a byte offset or a line of <paramref name="file"/>.</summary>
    public DataFormatException(string file, string problem, long? offset = null, int? line = null, Exception? inner = null)
        : base(Compose(file, problem, offset, line), inner)
    {
        File = file;
        Offset = offset;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file (or archive member, as <c>archive!member</c>) that is malformed.</summary>
    public string File { get; }

    /// <summary>The byte offset of the problem (in the decompressed stream for .gz files), when it is a binary file.</summary>
    public long? Offset { get; }

    /// <summary>The 1-based line of the problem, when it is a text file.</summary>
    public int? Line { get; }

    /// <summary>What is wrong and what was expected, without the location.</summary>
    public string Problem { get; }

    private static string Compose(string file, string problem, long? offset, int? line)
    {
        var where = (offset, line) switch
        {
            ({ } o, _) => $" at byte offset {o}",
            (_, { } l) => $" at line {l}",
            _ => "",
        };
        return $"{file}{where}: {problem}";
    }
}
