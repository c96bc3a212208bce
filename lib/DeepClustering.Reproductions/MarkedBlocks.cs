namespace DeepClustering.Reproductions;

/// <summary>
/// The generated parts of a hand-written Markdown file: each lies between <c>&lt;!-- results:NAME --&gt;</c> and
/// <c>&lt;!-- /results:NAME --&gt;</c> on lines of their own; everything outside them is left as written.
/// </summary>
public static class MarkedBlocks
{
    /// <summary>The opening marker of block <paramref name="name"/>.</summary>
    public static string Open(string name) => $"<!-- results:{name} -->";

    /// <summary>The closing marker of block <paramref name="name"/>.</summary>
    public static string Close(string name) => $"<!-- /results:{name} -->";

    /// <summary>The names of the blocks in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Names(string text) =>
        [.. text.Split('\n').Select(l => l.Trim())
            .Where(l => l.StartsWith("<!-- results:", StringComparison.Ordinal)
                && l.EndsWith(" -->", StringComparison.Ordinal))
            .Select(l => l["<!-- results:".Length..^" -->".Length])];

    /// <summary>The current content of block <paramref name="name"/> (without its markers).</summary>
    /// <exception cref="InvalidDataException">The block is missing or not closed;
    /// the message names the file and the line.</exception>
    public static string Read(string text, string name, string file)
    {
        var (start, end) = Find(text, name, file);
        return text[start..end];
    }

    /// <summary>
    /// <paramref name="text"/> with block <paramref name="name"/> replaced by <paramref name="content"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The block is missing or not closed;
    /// the message names the file and the line.</exception>
    public static string Replace(string text, string name, string content, string file)
    {
        var (start, end) = Find(text, name, file);
        return text[..start] + content + text[end..];
    }

    private static (int Start, int End) Find(string text, string name, string file)
    {
        var open = text.IndexOf(Open(name) + "\n", StringComparison.Ordinal);
        if (open < 0)
            throw new InvalidDataException(
                $"{file}: no line '{Open(name)}' (the generated block '{name}' starts there).");
        var start = open + Open(name).Length + 1;
        var close = text.IndexOf(Close(name), start, StringComparison.Ordinal);
        if (close < 0)
            throw new InvalidDataException(
                $"{file}: line {text[..open].Count(c => c == '\n') + 1}: block '{name}' is opened " +
                $"but no '{Close(name)}' follows.");
        return (start, close);
    }
}
