namespace DeepClustering.Cli.Commands;

/// <summary>
/// The results files a suite run found when it started. Each notebook replaces its own file atomically when it writes new
/// results; the files no notebook of this run rewrote are moved to <c>previous/</c> before the overview reads the folder,
/// so the overview never shows a stale number and no earlier result is deleted.
/// </summary>
internal sealed class PreviousResults
{
    /// <summary>The sub-folder that receives results this run did not replace.</summary>
    public const string Folder = "previous";

    private readonly string _directory;
    private readonly Dictionary<string, (DateTime Written, long Length)> _found;

    private PreviousResults(string directory, Dictionary<string, (DateTime, long)> found)
    {
        _directory = directory;
        _found = found;
    }

    /// <summary>Records the <c>*.json</c> files of <paramref name="directory"/> as they are now.</summary>
    public static PreviousResults Snapshot(string directory) =>
        new(directory, Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.json").ToDictionary(f => f, f => (File.GetLastWriteTimeUtc(f), new FileInfo(f).Length))
            : []);

    /// <summary>Moves every recorded file that is still unchanged into <c>previous/</c> (replacing an older copy there); returns the paths it moved to.</summary>
    public IReadOnlyList<string> SetAsideUnreplaced()
    {
        var moved = new List<string>();
        foreach (var (file, (written, length)) in _found)
        {
            if (!File.Exists(file) || File.GetLastWriteTimeUtc(file) != written || new FileInfo(file).Length != length)
                continue;
            var target = Path.Combine(_directory, Folder, Path.GetFileName(file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file, target, overwrite: true);
            moved.Add(target);
        }
        return moved;
    }
}
