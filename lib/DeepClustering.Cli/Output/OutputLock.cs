namespace DeepClustering.Cli.Output;

/// <summary>
/// An exclusive lock on an output folder for the length of a run, so two runs into one folder cannot both report success
/// while one silently overwrites the other: the second is refused with a clear error before any cell runs.
/// </summary>
/// <remarks>
/// .NET takes an advisory <c>flock</c> for <see cref="FileShare.None"/> on Linux and macOS (a share mode on Windows); the
/// lock goes with the process, so a killed run leaves no stale lock, only the empty lock file.
/// </remarks>
internal sealed class OutputLock : IDisposable
{
    /// <summary>The lock file's name inside the output folder.</summary>
    public const string FileName = ".deep-clustering.lock";

    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>Locks <paramref name="folder"/> (created when missing); null with <paramref name="error"/> set when another run holds it.</summary>
    public static OutputLock? TryAcquire(string folder, out string? error)
    {
        error = null;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            error = $"another run is writing {Path.GetFullPath(folder)} (it holds {path}); wait for it, or choose another output folder.";
            return null;
        }
    }

    /// <summary>Releases the lock (the file stays; it is empty and harmless).</summary>
    public void Dispose() => _stream.Dispose();
}
