namespace DeepClustering.Notebooks.Kernel;

/// <summary>
/// Which subkernel a cell goes to: a first line <c>#!csharp</c> (or <c>#!c#</c>, <c>#!fsharp</c>, <c>#!pwsh</c>, ...)
/// names it as in Polyglot Notebooks, otherwise the cell's metadata does. The magic line is taken off, since each
/// subkernel's proxy only knows its own language.
/// </summary>
public static class CellKernel
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = "csharp", ["c#"] = "csharp",
        ["fsharp"] = "fsharp", ["f#"] = "fsharp",
        ["pwsh"] = "pwsh", ["powershell"] = "pwsh",
        ["html"] = "html", ["javascript"] = "javascript", ["js"] = "javascript", ["mermaid"] = "mermaid", ["value"] = "value",
    };

    /// <summary>The kernel name and the code to submit; <paramref name="defaultKernel"/> applies when no magic line names one.</summary>
    public static (string Kernel, string Code) Split(string source, string defaultKernel)
    {
        var start = 0;
        while (start < source.Length && (source[start] == '\n' || source[start] == '\r' || source[start] == ' '))
            start++;
        if (string.CompareOrdinal(source, start, "#!", 0, 2) == 0)
        {
            var end = source.IndexOf('\n', start);
            var name = (end < 0 ? source[(start + 2)..] : source[(start + 2)..end]).Trim();
            if (Aliases.TryGetValue(name, out var kernel))
                return (kernel, end < 0 ? "" : source[(end + 1)..]);
        }
        return (Aliases.TryGetValue(defaultKernel, out var known) ? known : defaultKernel, source);
    }
}
