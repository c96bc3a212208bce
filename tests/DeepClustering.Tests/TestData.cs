using System.Buffers.Binary;
using System.IO.Compression;
using DeepClustering.Data;
using DeepClustering.Numerics;

namespace DeepClustering.Tests;

/// <summary>Test inputs: small data files in the official formats, the offline locator, the shared reference data
/// (DEEPCLUSTERING_DATA) with the MNIST subset the goldens use, and seeded synthetic blobs.</summary>
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

    /// <summary>The MNIST folder, or null when DEEPCLUSTERING_DATA does not point at a folder holding it.</summary>
    public static string? MnistDirectory()
    {
        if (SharedRoot is not { } root) return null;
        var dir = Path.Combine(root, "mnist");
        return File.Exists(Path.Combine(dir, "t10k-images-idx3-ubyte")) ? dir : null;
    }

    /// <summary>The first <paramref name="count"/> MNIST test images as pixels / 255 in float64, or null without the data.</summary>
    public static Matrix<double>? MnistTestImages(int count)
    {
        var dir = MnistDirectory();
        if (dir is null) return null;
        var bytes = File.ReadAllBytes(Path.Combine(dir, "t10k-images-idx3-ubyte"));
        const int header = 16, pixels = 28 * 28;
        var data = new double[count * pixels];
        for (var i = 0; i < data.Length; i++) data[i] = bytes[header + i] / 255.0;
        return new Matrix<double>(data, count, pixels);
    }

    /// <summary>Seeded Gaussian blobs: <paramref name="perCluster"/> points around each of <paramref name="k"/> random centres.</summary>
    public static (Matrix<double> Data, int[] Labels) Blobs(int k, int perCluster, int d, int seed, double spread = 1.0, double separation = 10.0)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, k * d).Select(_ => (random.NextDouble() * 2 - 1) * separation).ToArray();
        var data = new double[k * perCluster * d];
        var labels = new int[k * perCluster];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = i % k;
            for (var j = 0; j < d; j++)
            {
                var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                data[i * d + j] = centres[labels[i] * d + j] + spread * gaussian;
            }
        }
        return (new Matrix<double>(data, labels.Length, d), labels);
    }
}
