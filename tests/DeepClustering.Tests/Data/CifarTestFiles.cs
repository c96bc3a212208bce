using System.Formats.Tar;
using System.IO.Compression;

namespace DeepClustering.Tests.Data;

/// <summary>Writes small CIFAR-10 files in the exact official binary layout (independently of the library's writer).</summary>
internal static class CifarTestFiles
{
    public static readonly string[] Batches = ["data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin", "test_batch.bin"];

    /// <summary>Pixel value of image <paramref name="image"/> (global index), channel c, pixel p.</summary>
    public static byte Pixel(int image, int c, int p) => (byte)((image * 3 + c * 50 + p) % 256);

    /// <summary>One batch: records of label (image mod 10) then R, G, B planes.</summary>
    public static byte[] Batch(int firstImage, int count)
    {
        var bytes = new byte[count * 3073];
        for (var i = 0; i < count; i++)
        {
            var image = firstImage + i;
            bytes[i * 3073] = (byte)(image % 10);
            for (var c = 0; c < 3; c++)
                for (var p = 0; p < 1024; p++)
                    bytes[i * 3073 + 1 + c * 1024 + p] = Pixel(image, c, p);
        }
        return bytes;
    }

    /// <summary>The six batches with <paramref name="perBatch"/> images each, keyed by name, images numbered across batches in order.</summary>
    public static Dictionary<string, byte[]> AllBatches(int perBatch) =>
        Batches.Select((name, b) => (name, Batch(b * perBatch, perBatch))).ToDictionary(x => x.name, x => x.Item2);

    /// <summary>Writes the batches into <paramref name="folder"/>.</summary>
    public static void WriteExtracted(string folder, Dictionary<string, byte[]> batches)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in batches)
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
    }

    /// <summary>Writes a .tar.gz laid out like the official one: cifar-10-batches-bin/ with the batches, batches.meta.txt and readme.html.</summary>
    public static void WriteArchive(string path, Dictionary<string, byte[]> batches)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Gnu);
        tar.WriteEntry(new GnuTarEntry(TarEntryType.Directory, "cifar-10-batches-bin/"));
        void Add(string name, byte[] content) =>
            tar.WriteEntry(new GnuTarEntry(TarEntryType.RegularFile, "cifar-10-batches-bin/" + name) { DataStream = new MemoryStream(content) });
        Add("batches.meta.txt", "airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n"u8.ToArray());
        foreach (var (name, bytes) in batches)
            Add(name, bytes);
        Add("readme.html", "<meta HTTP-EQUIV=\"REFRESH\" content=\"0; url=http://www.cs.toronto.edu/~kriz/cifar.html\">"u8.ToArray());
    }
}
