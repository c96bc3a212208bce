using System.Security.Cryptography;

namespace DeepClustering.Data;

/// <summary>SHA-256 and MD5 digests of files and their verification against the manifest.</summary>
public static class Checksums
{
    /// <summary>The lower-case hex SHA-256 of a file.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The lower-case hex MD5 of a file.</summary>
    public static string Md5(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(MD5.HashData(stream));
    }

    /// <summary>Checks <paramref name="path"/> against whichever of <paramref name="sha256"/> and <paramref name="md5"/> is given; returns false when neither is.</summary>
    /// <exception cref="ChecksumMismatchException">A given digest differs.</exception>
    public static bool Verify(string path, string? sha256, string? md5)
    {
        if (sha256 is not null)
            Check(path, "SHA-256", sha256, Sha256(path));
        if (md5 is not null)
            Check(path, "MD5", md5, Md5(path));
        return sha256 is not null || md5 is not null;
    }

    /// <summary>Throws <see cref="ChecksumMismatchException"/> when <paramref name="actual"/> differs from <paramref name="expected"/> (case-insensitive hex).</summary>
    internal static void Check(string file, string algorithm, string expected, string actual)
    {
        if (!string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
            throw new ChecksumMismatchException(file, algorithm, expected.ToLowerInvariant(), actual.ToLowerInvariant());
    }
}
