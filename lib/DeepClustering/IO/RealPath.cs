namespace DeepClustering.IO;

/// <summary>Resolves paths the way the operating system does (symbolic links followed component by component, <c>..</c> after the link), so two spellings of one file compare equal.</summary>
/// <remarks>
/// <see cref="Path.GetFullPath(string)"/> removes <c>..</c> by text, which is wrong after a symbolic link
/// (<c>link/..</c> is the link target's parent, not the link's). Components that do not exist yet are kept as written.
/// </remarks>
public static class RealPath
{
    private const int MaxLinks = 40; // Linux's limit on symbolic links in one lookup

    /// <summary>The absolute path <paramref name="path"/> names once every symbolic link in it is followed.</summary>
    /// <exception cref="IOException">A cycle of symbolic links.</exception>
    public static string Of(string path)
    {
        var links = 0;
        return Walk(Directory.GetCurrentDirectory(), path, ref links, path);
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> name the same file or folder, however each is spelled.</summary>
    public static bool Same(string a, string b) => string.Equals(Of(a), Of(b), Comparison);

    /// <summary>How resolved paths compare on this system (ignoring case where the usual file systems do).</summary>
    public static StringComparison Comparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static string Walk(string current, string path, ref int links, string original)
    {
        var root = Path.GetPathRoot(path);
        if (!string.IsNullOrEmpty(root) && Path.IsPathFullyQualified(path))
        {
            current = Path.GetFullPath(root);
            path = path[root.Length..];
        }
        foreach (var part in path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
                continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                    throw new IOException($"{original}: too many levels of symbolic links");
                current = Walk(current, target, ref links, original);
            }
            else
                current = next;
        }
        return current;
    }
}
