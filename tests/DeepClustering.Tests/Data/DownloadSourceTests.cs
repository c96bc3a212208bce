using System.Security.Cryptography;
using System.Text;
using DeepClustering.Data;

namespace DeepClustering.Tests.Data;

/// <summary>Every file the notebooks need comes from a public source and is checked against the manifest's SHA-256.</summary>
public sealed class DownloadSourceTests
{
    private const string SortedCsvUrl = "https://raw.githubusercontent.com/sumanth-bmsce/Deep-Neural-Network-for-Clustering/master/bcancerint_sort1.csv";
    private const string SortedCsvSha256 = "4748e4b325f2463dbae74bc99438b0ed45f0cf8892ce657d759421dba0fe356d";

    private static DataLocator Downloading(string repository, FakeHttpHandler handler, DataManifest? manifest = null) => new()
    {
        EnvironmentDirectory = null, RepositoryRoot = repository, Downloader = new DataDownloader(handler) { Log = null },
        Manifest = manifest ?? DataManifest.Default,
    };

    [Fact]
    public void Sorted_breast_cancer_csv_has_the_original_repository_as_source_with_its_checksum_and_licence()
    {
        var file = DataManifest.Default.Get(BreastCancerOriginal.Name).File(BreastCancerOriginal.SortedCsvFile);
        Assert.Equal([SortedCsvUrl], file.Urls);
        Assert.Equal(SortedCsvSha256, file.Sha256);
        Assert.Contains("CC BY 4.0", file.Licence);
    }

    [SharedDataFact("breast-cancer-wisconsin")]
    public void Sorted_breast_cancer_csv_is_downloaded_into_data_and_verified_when_no_copy_exists()
    {
        using var repo = new TempDirectory();
        var bytes = File.ReadAllBytes(Path.Combine(TestData.SharedRoot!, "breast-cancer-wisconsin", BreastCancerOriginal.SortedCsvFile));
        var handler = new FakeHttpHandler(bytes);

        using var table = BreastCancerOriginal.LoadSortedCsv(locator: Downloading(repo.Path, handler));

        Assert.Equal([new Uri(SortedCsvUrl)], handler.Requested);
        Assert.Equal(new long[] { 699, 9 }, table.Features.shape);
        var path = Path.Combine(repo.Path, "data", "breast-cancer-wisconsin", BreastCancerOriginal.SortedCsvFile);
        Assert.Equal(SortedCsvSha256, Checksums.Sha256(path));
    }

    [Fact]
    public void Sorted_breast_cancer_csv_with_other_bytes_is_refused_and_not_kept()
    {
        using var repo = new TempDirectory();
        var handler = new FakeHttpHandler("5,1,1,1,2,1,3,1,1,2\n"u8.ToArray());

        var e = Assert.Throws<ChecksumMismatchException>(() => BreastCancerOriginal.LoadSortedCsv(locator: Downloading(repo.Path, handler)));

        Assert.Equal("SHA-256", e.Algorithm);
        Assert.Contains(SortedCsvUrl, e.Message);
        Assert.False(Directory.Exists(Path.Combine(repo.Path, "data", "breast-cancer-wisconsin")));
    }

    [Fact]
    public void A_source_that_answers_with_an_error_is_not_called_no_network()
    {
        using var repo = new TempDirectory();
        var handler = new FakeHttpHandler([], System.Net.HttpStatusCode.NotFound);

        var e = Assert.Throws<DataNotFoundException>(() => BreastCancerOriginal.LoadSortedCsv(locator: Downloading(repo.Path, handler)));

        Assert.Contains("404", e.Message);
        Assert.Contains("could not download bcancerint_sort1.csv", e.Message);
        Assert.DoesNotContain("no network", e.Message);
    }

    [Fact]
    public void A_data_set_of_several_raw_files_downloads_and_verifies_each_of_them()
    {
        using var repo = new TempDirectory();
        var contents = new[] { "a.h5", "b.h5", "indexes.csv" }.ToDictionary(n => n, n => Encoding.UTF8.GetBytes("content of " + n));
        var files = string.Join(",", contents.Select(c =>
            $$"""{ "name": "{{c.Key}}", "urls": [ "https://raw.example.invalid/owner/repo/main/dir/{{c.Key}}" ], "sha256": "{{Convert.ToHexStringLower(SHA256.HashData(c.Value))}}", "licence": "MIT" }"""));
        var manifest = DataManifest.Parse($$"""
            { "description": "t", "datasets": [ { "name": "models", "folder": "models", "title": "Models", "homepage": "h", "licence": "MIT", "citation": "c", "files": [ {{files}} ] } ] }
            """);
        var handler = new FakeHttpHandler(uri => contents[Path.GetFileName(uri.AbsolutePath)]);
        var locator = Downloading(repo.Path, handler, manifest);

        var located = locator.Locate("models", [.. contents.Keys]);

        Assert.Equal(DataOrigin.Downloaded, located.Location.Origin);
        Assert.Equal(contents.Keys.Select(n => Path.Combine(repo.Path, "data", "models", n)), located.Paths);
        Assert.Equal(3, handler.Requests);
        Assert.Equal(3, locator.Verify("models", locator.Locate("models", [.. contents.Keys]).Location).Count);
        Assert.Equal("MIT", manifest.Get("models").File("a.h5").Licence);
    }
}
