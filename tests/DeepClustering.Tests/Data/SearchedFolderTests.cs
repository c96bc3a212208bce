using DeepClustering.Data;

namespace DeepClustering.Tests.Data;

/// <summary>Data directories that do not exist, are files or cannot be read are named with the true reason, never taken for missing data.</summary>
public sealed class SearchedFolderTests
{
    private static DataLocator Locator(string repo, string? environment, List<string>? log = null) => new()
    {
        EnvironmentDirectory = environment, RepositoryRoot = repo, AllowDownload = false, Log = log is null ? null : log.Add,
    };

    [Fact]
    public void An_explicit_data_directory_that_is_a_file_or_missing_is_an_error_naming_it()
    {
        using var repo = new TempDirectory();
        File.WriteAllText(repo.File("a-file"), "x");

        var file = Assert.Throws<DirectoryNotFoundException>(() => BreastCancerOriginal.LoadSortedCsv(repo.File("a-file"), Locator(repo.Path, null)));
        var missing = Assert.Throws<DirectoryNotFoundException>(() => BreastCancerOriginal.LoadSortedCsv(repo.File("missing"), Locator(repo.Path, null)));

        Assert.Contains($"{repo.File("a-file")} is a file, not a folder", file.Message);
        Assert.Contains($"{repo.File("missing")} does not exist", missing.Message);
    }

    [Fact]
    public void A_deepclustering_data_folder_that_does_not_exist_is_warned_about_and_named_in_the_not_found_message()
    {
        using var repo = new TempDirectory();
        var log = new List<string>();
        var environment = repo.File("no-such-folder-" + Guid.NewGuid().ToString("N"));

        var e = Assert.Throws<DataNotFoundException>(() => BreastCancerOriginal.LoadSortedCsv(locator: Locator(repo.Path, environment, log)));

        Assert.Contains(log, m => m.Contains(DataLocator.EnvironmentVariable) && m.Contains(environment) && m.Contains("does not exist"));
        Assert.Contains("no such folder", e.Message);
    }

    [Fact]
    public void An_unreadable_data_folder_is_reported_as_unreadable_not_missing()
    {
        using var repo = new TempDirectory();
        string folder;
        if (Environment.IsPrivilegedProcess || OperatingSystem.IsWindows())
        {
            folder = "/proc/1/map_files"; // root reads every ordinary folder; this one it may not list
            try
            {
                Directory.EnumerateFileSystemEntries(folder).Any();
                return; // readable here: nothing to test on this machine
            }
            catch (UnauthorizedAccessException) { }
        }
        else
        {
            folder = Directory.CreateDirectory(repo.File("locked")).FullName;
            File.SetUnixFileMode(folder, UnixFileMode.None);
        }
        try
        {
            var e = Assert.Throws<UnauthorizedAccessException>(() => BreastCancerOriginal.LoadSortedCsv(folder, Locator(repo.Path, null)));
            Assert.Contains(folder, e.Message);
            Assert.Contains("cannot be read", e.Message);
        }
        finally
        {
            if (!OperatingSystem.IsWindows() && folder.StartsWith(repo.Path, StringComparison.Ordinal))
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
