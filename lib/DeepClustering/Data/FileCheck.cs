namespace DeepClustering.Data;

/// <summary>One local data file checked against the manifest: its path, the digest used (null when the manifest records none for it), the accepted digests and the actual one.</summary>
/// <param name="Path">The file.</param>
/// <param name="Algorithm"><c>SHA-256</c> or <c>MD5</c>, or null when nothing could be checked.</param>
/// <param name="Expected">The digests the manifest accepts for this name (lower-case hex).</param>
/// <param name="Actual">The file's digest, or null when not computed.</param>
public sealed record FileCheck(string Path, string? Algorithm, IReadOnlyList<string> Expected, string? Actual)
{
    /// <summary>Whether a checksum was compared.</summary>
    public bool Checked => Algorithm is not null;

    /// <summary>False only when a recorded checksum differs.</summary>
    public bool Matches => Algorithm is null || Expected.Contains(Actual, StringComparer.OrdinalIgnoreCase);
}
