namespace DeepClustering.IO;

/// <summary>Writes files so that readers see the old content or the new one, never a half-written file.</summary>
/// <remarks>The project's one atomic writer. The notebook runner, which does not reference this library, compiles this
/// file too (linked in its project file, with ATOMIC_FILE_INTERNAL), so there it is internal.</remarks>
#if ATOMIC_FILE_INTERNAL
internal static class AtomicFile
#else
public static class AtomicFile
#endif
{
    /// <summary>Writes <paramref name="content"/> to a temporary file beside <paramref name="path"/>, then renames it over the target, keeping the target's Unix mode.</summary>
    public static void Replace(string path, ReadOnlySpan<byte> content)
    {
        var temp = TempPathFor(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                stream.Write(content);
            Commit(temp, path);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Runs <paramref name="write"/> on a temporary file beside <paramref name="path"/> and renames it over the target only if it succeeds.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var temp = TempPathFor(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                write(stream);
            Commit(temp, path);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Writes UTF-8 text atomically.</summary>
    public static void WriteAllText(string path, string text) =>
        Replace(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>A unique temporary name in the same folder as <paramref name="path"/>, so the final rename stays on one file system.</summary>
    public static string TempPathFor(string path)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
    }

    private static void Commit(string temp, string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
            File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
        File.Move(temp, path, overwrite: true);
    }
}
