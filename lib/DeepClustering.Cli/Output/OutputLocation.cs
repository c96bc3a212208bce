namespace DeepClustering.Cli.Output;

/// <summary>Checks, before anything runs, that an output folder or file can be written; each check returns a one-line error naming the path, or null.</summary>
internal static class OutputLocation
{
    /// <summary>Checks that <paramref name="path"/> is, or can become, a folder this process can write into.</summary>
    public static string? CheckFolder(string path, string option)
    {
        var full = Path.GetFullPath(path);
        return FolderProblem(full) is { } problem ? $"{option} {full}: {problem}." : null;
    }

    /// <summary>Checks that <paramref name="path"/> is not a folder and that its folder can be written.</summary>
    public static string? CheckFile(string path, string option)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            return $"{option} {full}: is a folder; expected a file name.";
        return FolderProblem(Path.GetDirectoryName(full)!) is { } problem ? $"{option} {full}: {problem}." : null;
    }

    private static string? FolderProblem(string full)
    {
        if (File.Exists(full))
            return $"{full} is a file, not a folder";
        var existing = full;
        while (!Directory.Exists(existing) && !File.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
            existing = parent;
        if (File.Exists(existing))
            return $"{existing} is a file, not a folder";
        return CanWriteInto(existing) is { } reason ? $"cannot write into {existing} ({reason})" : null;
    }

    /// <summary>Creates and deletes a probe file in <paramref name="folder"/>; returns why that failed, or null.</summary>
    private static string? CanWriteInto(string folder)
    {
        var probe = Path.Combine(folder, $".deep-clustering-write-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }
}
