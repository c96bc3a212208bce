using System.Diagnostics;
using System.Security.Cryptography;
using DeepClustering.Data;

namespace DeepClustering.Tests.Data;

public sealed class DataLocatorTests
{
    private static readonly byte[] Content = "1,2,3\n"u8.ToArray();
    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static DataManifest Manifest(string? sha256, string? md5 = null, string url = "http://data.invalid/toy.csv") => DataManifest.Parse($$"""
        { "description": "test", "datasets": [ { "name": "toy", "folder": "toy", "title": "Toy", "homepage": "h", "licence": "l", "citation": "c",
          "files": [ { "name": "toy.csv", "urls": [ "{{url}}" ], "sha256": {{(sha256 is null ? "null" : $"\"{sha256}\"")}}, "md5": {{(md5 is null ? "null" : $"\"{md5}\"")}} } ] } ] }
        """);

    [Fact]
    public void Download_with_a_wrong_checksum_throws_and_leaves_nothing_behind()
    {
        using var dir = new TempDirectory();
        var file = Manifest(Sha("other"u8.ToArray())).Get("toy").Files[0];
        var e = Assert.Throws<ChecksumMismatchException>(() => new DataDownloader(new FakeHttpHandler(Content)).Download(file, dir.Path));
        Assert.Equal("SHA-256", e.Algorithm);
        Assert.Equal(Sha(Content), e.Actual);
        Assert.Contains("http://data.invalid/toy.csv", e.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void Download_with_a_wrong_md5_keeps_an_existing_file_untouched()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("toy.csv"), "old");
        var file = Manifest(Sha(Content), md5: "00000000000000000000000000000000").Get("toy").Files[0];
        Assert.Equal("MD5", Assert.Throws<ChecksumMismatchException>(() => new DataDownloader(new FakeHttpHandler(Content)).Download(file, dir.Path)).Algorithm);
        Assert.Equal("old", File.ReadAllText(dir.File("toy.csv")));
        Assert.Single(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void Locator_downloads_missing_files_into_the_repository_data_folder_and_verifies_them()
    {
        using var repo = new TempDirectory();
        var handler = new FakeHttpHandler(Content);
        var locator = new DataLocator
        {
            EnvironmentDirectory = null, RepositoryRoot = repo.Path, Manifest = Manifest(Sha(Content), Convert.ToHexStringLower(MD5.HashData(Content))),
            Downloader = new DataDownloader(handler),
        };
        var located = locator.Locate("toy", ["toy.csv"]);
        Assert.Equal(DataOrigin.Downloaded, located.Location.Origin);
        Assert.Equal(Path.Combine(repo.Path, "data", "toy", "toy.csv"), located.Paths[0]);
        Assert.Equal(Content, File.ReadAllBytes(located.Paths[0]));

        var again = locator.Locate("toy", ["toy.csv"]); // now found in data/toy, no second request
        Assert.Equal(DataOrigin.Repository, again.Location.Origin);
        Assert.Equal(1, handler.Requests);
        Assert.Equal([located.Paths[0]], locator.Verify("toy", again.Location));
    }

    [Fact]
    public void Without_network_the_locator_fails_within_seconds_naming_files_and_places()
    {
        using var repo = new TempDirectory();
        var locator = new DataLocator
        {
            EnvironmentDirectory = null, RepositoryRoot = repo.Path,
            Manifest = Manifest(Sha(Content), url: "http://127.0.0.1:9/toy.csv"), // nothing listens on the discard port
            Downloader = new DataDownloader(connectTimeout: TimeSpan.FromSeconds(2)) { ResponseTimeout = TimeSpan.FromSeconds(3) },
        };
        Directory.CreateDirectory(repo.File("explicit"));
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<DataNotFoundException>(() => locator.Locate("toy", ["toy.csv"], repo.File("explicit")));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Contains("toy.csv", e.Message);
        Assert.Contains(Path.Combine(repo.Path, "data", "toy"), e.Message);
        Assert.Contains(repo.File("explicit"), e.Message);
        Assert.Contains("Download failed", e.Message);
        Assert.Contains("no network connection", e.Message);
        Assert.False(Directory.Exists(Path.Combine(repo.Path, "data", "toy"))); // no empty folder left behind
    }

    [Fact]
    public void Search_order_is_explicit_then_environment_then_repository()
    {
        using var explicitRoot = new TempDirectory();
        using var envRoot = new TempDirectory();
        using var repo = new TempDirectory();
        foreach (var dir in new[] { Path.Combine(explicitRoot.Path, "toy"), envRoot.Path, Path.Combine(repo.Path, "data", "toy") })
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, "toy.csv"), Content);
        }
        var locator = new DataLocator { EnvironmentDirectory = envRoot.Path, RepositoryRoot = repo.Path, AllowDownload = false, Manifest = Manifest(null) };
        Assert.Equal(DataOrigin.Explicit, locator.Locate("toy", ["toy.csv"], explicitRoot.Path).Location.Origin);
        Directory.CreateDirectory(repo.File("nothing-here"));
        Assert.Equal(DataOrigin.EnvironmentVariable, locator.Locate("toy", ["toy.csv"], repo.File("nothing-here")).Location.Origin);
        Assert.Equal(DataOrigin.EnvironmentVariable, locator.Locate("toy", ["toy.csv"]).Location.Origin);
        var noEnv = new DataLocator { EnvironmentDirectory = null, RepositoryRoot = repo.Path, AllowDownload = false, Manifest = Manifest(null) };
        Assert.Equal(DataOrigin.Repository, noEnv.Locate("toy", ["toy.csv"]).Location.Origin);
    }

    [Fact]
    public void Repository_root_is_the_folder_holding_the_solution()
    {
        using var repo = new TempDirectory();
        File.WriteAllText(repo.File(DataLocator.RepositoryMarker), "<Solution />");
        var deep = Directory.CreateDirectory(Path.Combine(repo.Path, "notebooks", "x")).FullName;
        Assert.Equal(repo.Path, DataLocator.FindRepositoryRoot(deep));
    }

    [Fact]
    public void Checksum_mismatch_of_a_local_file_names_it()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("f"), Content);
        Assert.True(Checksums.Verify(dir.File("f"), Sha(Content), null));
        var e = Assert.Throws<ChecksumMismatchException>(() => Checksums.Verify(dir.File("f"), Sha("x"u8.ToArray()), null));
        Assert.Equal(dir.File("f"), e.File);
        Assert.Contains(dir.File("f"), e.Message);
    }

    [Fact]
    public void Embedded_manifest_describes_every_data_set()
    {
        var manifest = DataManifest.Default;
        foreach (var name in new[] { "mnist", "fashion-mnist", "cifar-10", "breast-cancer-wisconsin-original", "breast-cancer-wisconsin-diagnostic" })
        {
            var entry = manifest.Get(name);
            Assert.False(string.IsNullOrWhiteSpace(entry.Licence));
            Assert.False(string.IsNullOrWhiteSpace(entry.Citation));
            Assert.NotEmpty(entry.Files);
        }
        Assert.Equal("c32a1d4ab5d03f1284b67883e8d87530", manifest.Get("cifar-10").File("cifar-10-binary.tar.gz").Md5);
    }

    [SharedDataFact("mnist")]
    public void Shared_reference_copies_match_the_manifest_checksums()
    {
        var locator = TestData.Offline;
        foreach (var (name, folder) in new[] { ("mnist", "mnist"), ("fashion-mnist", "fashion-mnist"), ("breast-cancer-wisconsin-original", "breast-cancer-wisconsin"), ("breast-cancer-wisconsin-diagnostic", "breast-cancer-wisconsin") })
        {
            var location = new DataLocation(Path.Combine(TestData.SharedRoot!, folder), DataOrigin.EnvironmentVariable);
            Assert.NotEmpty(locator.Verify(name, location));
        }
    }
}
