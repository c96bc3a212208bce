namespace DeepClustering.Notebooks.Metadata;

/// <summary>Writes a run's output where asked or, when that fails, into a fresh folder under the system's temporary folder and says where, so what ran is never lost.</summary>
public static class UnsavedOutput
{
    /// <summary>The folder that receives outputs that could not be written where asked.</summary>
    public static string Root => Path.Combine(Path.GetTempPath(), "deep-clustering-unsaved");

    /// <summary>Runs <paramref name="write"/> on <paramref name="path"/>, or on a fallback path if that throws an I/O error; returns the path written and warns on stderr when it is the fallback.</summary>
    public static string Write(string path, Action<string> write, string what)
    {
        try
        {
            write(path);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var fallback = Path.Combine(Root, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..8]}", Path.GetFileName(path));
            Directory.CreateDirectory(Path.GetDirectoryName(fallback)!);
            write(fallback);
            Console.Error.WriteLine($"warning: could not write {what} to {path} ({e.Message}); saved it to {fallback} instead.");
            return fallback;
        }
    }
}
