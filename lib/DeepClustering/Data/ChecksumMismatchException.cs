namespace DeepClustering.Data;

/// <summary>A file's checksum differs from the one recorded in the data manifest.</summary>
public sealed class ChecksumMismatchException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/>, whose <paramref name="algorithm"/> digest was <paramref name="actual"/> instead of <paramref name="expected"/>.</summary>
    public ChecksumMismatchException(string file, string algorithm, string expected, string actual)
        : base($"{file}: {algorithm} checksum mismatch: expected {expected}, got {actual}. The file is corrupt or not the official one; it was not kept.")
    {
        File = file;
        Algorithm = algorithm;
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The file (or URL) whose content was checked.</summary>
    public string File { get; }

    /// <summary>The digest algorithm: <c>SHA-256</c> or <c>MD5</c>.</summary>
    public string Algorithm { get; }

    /// <summary>The digest recorded in the manifest (lower-case hex).</summary>
    public string Expected { get; }

    /// <summary>The digest of the content that was read (lower-case hex).</summary>
    public string Actual { get; }
}
