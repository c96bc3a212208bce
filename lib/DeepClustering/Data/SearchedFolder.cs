namespace DeepClustering.Data;

/// <summary>What the locator says about the folders it searches: a data directory that was named but is missing or a file, and a folder that cannot be read, each with the true reason and the path.</summary>
internal static class SearchedFolder
{
    private static readonly HashSet<string> Warned = [];

    /// <summary>Checks a data root named explicitly or by <c>DEEPCLUSTERING_DATA</c>: an explicit one must be an existing folder; a bad environment one is reported on <paramref name="log"/> (once per path) and skipped.</summary>
    /// <exception cref="DirectoryNotFoundException">An explicit data directory that does not exist or is a file.</exception>
    public static bool IsUsable(string root, DataOrigin origin, Action<string>? log)
    {
        var full = Path.GetFullPath(root);
        if (Directory.Exists(full))
            return true;
        var why = File.Exists(full) ? "is a file, not a folder" : "does not exist";
        if (origin == DataOrigin.Explicit)
            throw new DirectoryNotFoundException($"the data directory {full} {why}; give a folder that holds the data set's files or a root with one folder per data set.");
        lock (Warned)
            if (Warned.Add(full))
                log?.Invoke($"warning: {DataLocator.EnvironmentVariable}={full} {why}; ignored.");
        return false;
    }

    /// <summary>Throws when <paramref name="location"/> exists but its entries cannot be listed (so its files would look missing).</summary>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be read.</exception>
    public static void EnsureReadable(DataLocation location)
    {
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(location.Directory).GetEnumerator();
            entries.MoveNext();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new UnauthorizedAccessException($"the data folder {location} cannot be read ({e.Message}); its files cannot be checked.", e);
        }
    }

    /// <summary>A searched folder for the not-found message, with why it did not match.</summary>
    public static string Describe(DataLocation location) =>
        $"{location} ({(Directory.Exists(location.Directory) ? "files missing" : "no such folder")})";
}
