using System.Buffers.Binary;
using System.IO.Compression;
using DeepClustering.Data;

namespace DeepClustering.Tests.Data;

/// <summary>Writers for small data files in the official formats, and the offline locator tests use.</summary>
internal static class TestData
{
    /// <summary>A locator that searches only the explicit directory and never downloads.</summary>
    public static DataLocator Offline { get; } = new() { EnvironmentDirectory = null, RepositoryRoot = null, AllowDownload = false };

    /// <summary>The shared reference data directory from DEEPCLUSTERING_DATA, or null.</summary>
    public static string? SharedRoot => Environment.GetEnvironmentVariable(DataLocator.EnvironmentVariable) is { Length: > 0 } d && Directory.Exists(d) ? d : null;

    /// <summary>The bytes of an IDX file: magic 00 00 type rank, big-endian dimensions, then the data.</summary>
    public static byte[] Idx(byte type, int[] dims, byte[] data)
    {
        var bytes = new byte[4 + 4 * dims.Length + data.Length];
        bytes[2] = type;
        bytes[3] = (byte)dims.Length;
        for (var i = 0; i < dims.Length; i++)
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + 4 * i), dims[i]);
        data.CopyTo(bytes, 4 + 4 * dims.Length);
        return bytes;
    }

    /// <summary>Gzip-compresses <paramref name="bytes"/>.</summary>
    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest))
            gz.Write(bytes);
        return output.ToArray();
    }

    /// <summary>Writes an MNIST-layout pair (images n x rows x cols with pixel i = i mod 256, labels i mod 10) under the official names.</summary>
    public static void WriteMnistPair(string dir, string prefix, int n, int rows = 28, int cols = 28, bool gzip = false)
    {
        var pixels = Enumerable.Range(0, n * rows * cols).Select(i => (byte)(i % 256)).ToArray();
        var labels = Enumerable.Range(0, n).Select(i => (byte)(i % 10)).ToArray();
        var images = Idx(0x08, [n, rows, cols], pixels);
        var labelFile = Idx(0x08, [n], labels);
        var suffix = gzip ? ".gz" : "";
        File.WriteAllBytes(Path.Combine(dir, $"{prefix}-images-idx3-ubyte{suffix}"), gzip ? Gzip(images) : images);
        File.WriteAllBytes(Path.Combine(dir, $"{prefix}-labels-idx1-ubyte{suffix}"), gzip ? Gzip(labelFile) : labelFile);
    }
}

/// <summary>A fact that is skipped when the shared reference data (DEEPCLUSTERING_DATA) lacks <c>folder</c>.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string folder)
    {
        if (TestData.SharedRoot is not { } root || !Directory.Exists(Path.Combine(root, folder)))
            Skip = $"set {DataLocator.EnvironmentVariable} to a data directory with '{folder}/' to run this test";
    }
}
