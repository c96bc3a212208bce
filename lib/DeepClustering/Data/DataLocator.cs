namespace DeepClustering.Data;

/// <summary>
/// Finds a data set's files: an explicit directory, then <c>DEEPCLUSTERING_DATA</c>, then <c>data/&lt;folder&gt;/</c> in the
/// repository; if none has them, downloads them into <c>data/&lt;folder&gt;/</c> and verifies the manifest's checksums.
/// </summary>
/// <remarks>
/// An explicit directory and <c>DEEPCLUSTERING_DATA</c> may be either a root with one sub-folder per data set
/// (<c>mnist/</c>, <c>fashion-mnist/</c>, <c>cifar-10/</c>, <c>breast-cancer-wisconsin/</c>, as in the shared reference copies)
/// or a folder holding the data set's files directly (but not another data set's folder: <c>mnist/</c> is never read as Fashion-MNIST). The repository root is the nearest folder above the current directory that holds
/// <c>DeepClustering.slnx</c> (the current directory when there is none).
/// </remarks>
public sealed class DataLocator
{
    /// <summary>The environment variable that names a data directory.</summary>
    public const string EnvironmentVariable = "DEEPCLUSTERING_DATA";

    /// <summary>The solution file that marks the repository root.</summary>
    public const string RepositoryMarker = "DeepClustering.slnx";

    /// <summary>A locator with the standard search order (environment read now, repository found from the current directory, downloads allowed).</summary>
    public static DataLocator Default => new();

    /// <summary>The directory from <c>DEEPCLUSTERING_DATA</c>, or null to skip that step.</summary>
    public string? EnvironmentDirectory { get; init; } = NullIfEmpty(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>The repository root whose <c>data/</c> is searched and receives downloads; null skips the search and downloads into <c>./data</c>.</summary>
    public string? RepositoryRoot { get; init; } = FindRepositoryRoot(Environment.CurrentDirectory);

    /// <summary>Whether missing files may be downloaded (default true).</summary>
    public bool AllowDownload { get; init; } = true;

    /// <summary>Receives warnings (a <c>DEEPCLUSTERING_DATA</c> that is not a folder); standard error by default, null to stay silent.</summary>
    public Action<string>? Log { get; init; } = Console.Error.WriteLine;

    /// <summary>The downloader used when files are missing.</summary>
    public DataDownloader Downloader { get; init; } = DataDownloader.Default;

    /// <summary>The manifest that names files, URLs and checksums.</summary>
    public DataManifest Manifest { get; init; } = DataManifest.Default;

    /// <summary>The nearest directory at or above <paramref name="start"/> that holds <see cref="RepositoryMarker"/>, or null.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, RepositoryMarker)))
                return dir.FullName;
        return null;
    }

    /// <summary>Where downloads of a data set stored in <paramref name="folder"/> go: <c>&lt;repository&gt;/data/&lt;folder&gt;</c>.</summary>
    public string DownloadDirectory(string folder) =>
        Path.Combine(RepositoryRoot ?? Environment.CurrentDirectory, "data", folder);

    /// <summary>The directories searched for a data set in <paramref name="folder"/>, in order.</summary>
    /// <exception cref="DirectoryNotFoundException">An explicit <paramref name="dataDir"/> that does not exist or is a file.</exception>
    public IReadOnlyList<DataLocation> SearchDirectories(string folder, string? dataDir)
    {
        var result = new List<DataLocation>();
        void AddRoot(string? root, DataOrigin origin)
        {
            if (root is null || !SearchedFolder.IsUsable(root, origin, Log))
                return;
            var full = Path.GetFullPath(root);
            result.Add(new DataLocation(Path.Combine(full, folder), origin));
            // The root may be the data set's folder itself, but never another data set's folder: pointing at mnist/
            // must not load its files as Fashion-MNIST (they share file names).
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(full));
            if (name == folder || !Manifest.Datasets.Any(d => d.Folder == name))
                result.Add(new DataLocation(full, origin));
        }
        AddRoot(NullIfEmpty(dataDir), DataOrigin.Explicit);
        AddRoot(EnvironmentDirectory, DataOrigin.EnvironmentVariable);
        if (RepositoryRoot is not null)
            result.Add(new DataLocation(Path.Combine(RepositoryRoot, "data", folder), DataOrigin.Repository));
        return result;
    }

    /// <summary>Finds the named files of data set <paramref name="dataset"/> (all in one directory), downloading them if allowed; returns the directory and each file's path.</summary>
    /// <exception cref="DataNotFoundException">No directory has them and they could not be downloaded.</exception>
    /// <exception cref="ChecksumMismatchException">A download did not match the manifest.</exception>
    /// <exception cref="DirectoryNotFoundException">An explicit <paramref name="dataDir"/> that does not exist or is a file.</exception>
    /// <exception cref="UnauthorizedAccessException">A searched folder exists but cannot be read.</exception>
    public LocatedFiles Locate(string dataset, IReadOnlyList<string> fileNames, string? dataDir = null)
    {
        var entry = Manifest.Get(dataset);
        var files = fileNames.Select(entry.File).ToList();
        return Locate(entry, dataDir, dir => FindAll(dir, files), files);
    }

    /// <summary>Finds a data set with a custom test of each directory (<paramref name="probe"/> returns the paths it found, or null); downloads <paramref name="downloads"/> when none matches.</summary>
    public LocatedFiles Locate(DatasetEntry entry, string? dataDir, Func<string, IReadOnlyList<string>?> probe, IReadOnlyList<ManifestFile> downloads)
    {
        var searched = SearchDirectories(entry.Folder, dataDir);
        foreach (var location in searched)
        {
            if (!Directory.Exists(location.Directory))
                continue;
            SearchedFolder.EnsureReadable(location);
            if (probe(location.Directory) is { } found)
                return new LocatedFiles(location, found);
        }

        var target = DownloadDirectory(entry.Folder);
        var names = downloads.Select(f => string.Join(" or ", f.AcceptedNames)).ToList();
        var places = searched.Select(SearchedFolder.Describe).ToList();
        string Advice(string why) =>
            $"{entry.Title} ('{entry.Name}') not found: missing {string.Join(", ", names)}. Searched: {(places.Count == 0 ? "(no directory)" : string.Join("; ", places))}. {why}" +
            $" Put the files into {target}{Path.DirectorySeparatorChar}, or set {EnvironmentVariable} to a directory with a '{entry.Folder}' sub-folder holding them, or pass the data directory explicitly." +
            (downloads.SelectMany(d => d.Urls).FirstOrDefault() is { } url ? $" Official source: {url} (see data/manifest.json)." : "");

        if (!AllowDownload)
            throw new DataNotFoundException(entry.Name, names, places, Advice("Downloading is disabled."));
        if (downloads.FirstOrDefault(d => d.Urls.Count == 0) is { } manual)
            throw new DataNotFoundException(entry.Name, names, places, Advice($"{manual.Name} has no public download URL."));
        var created = !Directory.Exists(target);
        try
        {
            Directory.CreateDirectory(target);
            foreach (var file in downloads)
                if (!File.Exists(Path.Combine(target, file.Name)))
                    Downloader.Download(file, target);
        }
        catch (Exception e) when (e is HttpRequestException or ChecksumMismatchException)
        {
            if (created && !Directory.EnumerateFileSystemEntries(target).Any())
                Directory.Delete(target); // leave no empty folder behind
            if (e is ChecksumMismatchException)
                throw;
            throw new DataNotFoundException(entry.Name, names, places, Advice($"Download failed ({e.Message})."), e);
        }
        var downloaded = new DataLocation(target, DataOrigin.Downloaded);
        return new LocatedFiles(downloaded, probe(target)
            ?? throw new DataNotFoundException(entry.Name, names, places, Advice("The downloaded files are not the expected ones.")));
    }

    /// <summary>Checks the files of <paramref name="dataset"/> present in <paramref name="location"/> against every checksum the manifest knows for their name; returns the files checked (files with no recorded checksum are skipped).</summary>
    /// <exception cref="ChecksumMismatchException">A file differs.</exception>
    public IReadOnlyList<string> Verify(string dataset, DataLocation location)
    {
        var checks = Check(dataset, location);
        if (checks.FirstOrDefault(c => !c.Matches) is { } bad)
            throw new ChecksumMismatchException(bad.Path, bad.Algorithm!, string.Join(" or ", bad.Expected), bad.Actual!);
        return checks.Where(c => c.Checked).Select(c => c.Path).ToList();
    }

    /// <summary>Checks every file of <paramref name="dataset"/> present in <paramref name="location"/> (under any accepted name) against the manifest's SHA-256, else its MD5; one result per file, mismatches included.</summary>
    public IReadOnlyList<FileCheck> Check(string dataset, DataLocation location)
    {
        var checks = new List<FileCheck>();
        foreach (var file in Manifest.Get(dataset).Files)
            foreach (var name in file.AcceptedNames)
            {
                var path = location.PathOf(name);
                if (!File.Exists(path))
                    continue;
                var knownSha = (file.LocalCopies ?? []).Where(c => c.Name == name).Select(c => c.Sha256)
                    .Prepend(name == file.Name ? file.Sha256 : null).OfType<string>().Distinct().ToList();
                if (knownSha.Count > 0)
                    checks.Add(new FileCheck(path, "SHA-256", knownSha, Checksums.Sha256(path)));
                else if (name == file.Name && file.Md5 is not null)
                    checks.Add(new FileCheck(path, "MD5", [file.Md5], Checksums.Md5(path)));
                else
                    checks.Add(new FileCheck(path, null, [], null));
            }
        return checks;
    }

    private static IReadOnlyList<string>? FindAll(string directory, IReadOnlyList<ManifestFile> files)
    {
        var paths = new List<string>(files.Count);
        foreach (var file in files)
        {
            var path = file.AcceptedNames.Select(n => Path.Combine(directory, n)).FirstOrDefault(File.Exists);
            if (path is null)
                return null;
            paths.Add(path);
        }
        return paths;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
