using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeepClustering.Data;

/// <summary>The data-set manifest (<c>data/manifest.json</c>, embedded in the library): sources, checksums, licences and citations.</summary>
/// <param name="Description">What the manifest is.</param>
/// <param name="Datasets">One entry per data set.</param>
public sealed record DataManifest(string Description, IReadOnlyList<DatasetEntry> Datasets)
{
    private static readonly Lazy<DataManifest> Embedded = new(LoadEmbedded);

    /// <summary>The manifest compiled into the library from the repository's <c>data/manifest.json</c>.</summary>
    public static DataManifest Default => Embedded.Value;

    /// <summary>The entry named <paramref name="name"/> (e.g. <c>mnist</c>).</summary>
    /// <exception cref="KeyNotFoundException">No such data set.</exception>
    public DatasetEntry Get(string name) =>
        Datasets.FirstOrDefault(d => d.Name == name)
        ?? throw new KeyNotFoundException($"the data manifest has no data set '{name}'; it has {string.Join(", ", Datasets.Select(d => d.Name))}");

    /// <summary>Parses a manifest from JSON text.</summary>
    public static DataManifest Parse(string json) =>
        JsonSerializer.Deserialize(json, ManifestJson.Default.DataManifest) ?? throw new JsonException("the data manifest is empty");

    private static DataManifest LoadEmbedded()
    {
        using var stream = typeof(DataManifest).Assembly.GetManifestResourceStream("DeepClustering.Data.manifest.json")
            ?? throw new InvalidOperationException("the data manifest is not embedded in the DeepClustering assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

/// <summary>One data set in the manifest.</summary>
/// <param name="Name">Identifier, e.g. <c>mnist</c>.</param>
/// <param name="Folder">The sub-folder of a data directory that holds its files.</param>
/// <param name="Title">Human-readable name.</param>
/// <param name="Homepage">Where the data set is described.</param>
/// <param name="Licence">Its licence.</param>
/// <param name="Citation">How to cite it.</param>
/// <param name="Notes">Provenance of the checksums and anything unusual.</param>
/// <param name="Files">The files it consists of.</param>
public sealed record DatasetEntry(string Name, string Folder, string Title, string Homepage, string Licence, string Citation, string? Notes, IReadOnlyList<ManifestFile> Files)
{
    /// <summary>The file entry named <paramref name="name"/>.</summary>
    public ManifestFile File(string name) =>
        Files.FirstOrDefault(f => f.Name == name) ?? throw new KeyNotFoundException($"data set '{Name}' has no file '{name}' in the manifest");
}

/// <summary>One file of a data set: download URLs (tried in order), checksums of the downloaded bytes, and other accepted local names.</summary>
/// <param name="Name">The file name as downloaded.</param>
/// <param name="Urls">Official URL and mirrors; empty when the file must be supplied by hand.</param>
/// <param name="Size">Expected size in bytes, when known.</param>
/// <param name="Sha256">SHA-256 of the download (lower-case hex), when known.</param>
/// <param name="Md5">MD5 of the download (lower-case hex), when known.</param>
/// <param name="LocalCopies">Other forms accepted in a data directory (e.g. the uncompressed file), with their SHA-256 when known.</param>
/// <param name="Licence">The file's own licence when it differs from the data set's (e.g. a derived file published elsewhere).</param>
public sealed record ManifestFile(string Name, IReadOnlyList<string> Urls, long? Size, string? Sha256, string? Md5, IReadOnlyList<LocalCopy>? LocalCopies, string? Licence = null)
{
    /// <summary>Every name under which the file is accepted locally: <see cref="Name"/> first, then the local copies.</summary>
    [JsonIgnore]
    public IEnumerable<string> AcceptedNames => new[] { Name }.Concat((LocalCopies ?? []).Select(c => c.Name)).Distinct();
}

/// <summary>Another accepted local form of a manifest file.</summary>
/// <param name="Name">Its file name.</param>
/// <param name="Sha256">Its SHA-256, when known.</param>
public sealed record LocalCopy(string Name, string? Sha256);

/// <summary>Source-generated JSON for <see cref="DataManifest"/> (works where reflection-based JSON is off, as in file-based apps).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(DataManifest))]
internal sealed partial class ManifestJson : JsonSerializerContext;
