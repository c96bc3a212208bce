using System.Formats.Tar;
using System.IO.Compression;
using DeepClustering.IO;

namespace DeepClustering.Data;

/// <summary>The CIFAR-10 binary format: records of 1 label byte then 3072 pixel bytes (R, G, B planes of 32x32, row-major), in batch files or inside the official .tar.gz.</summary>
/// <remarks>Hand-written: the format is a fixed-size record array that no maintained .NET package reads; the archive is opened with System.Formats.Tar and GZipStream.</remarks>
public static class CifarBinaryFormat
{
    /// <summary>Bytes of pixel data per record (3 x 32 x 32).</summary>
    public const int PixelBytes = 3 * 32 * 32;

    /// <summary>Bytes per record: the label byte plus the pixels.</summary>
    public const int RecordBytes = 1 + PixelBytes;

    /// <summary>The folder the official archive extracts to.</summary>
    public const string BatchFolder = "cifar-10-batches-bin";

    /// <summary>The training batch file names, in order.</summary>
    public static IReadOnlyList<string> TrainBatches { get; } = ["data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin"];

    /// <summary>The test batch file name.</summary>
    public const string TestBatch = "test_batch.bin";

    /// <summary>Reads one batch file whole; returns its labels and pixels (record order, CHW per image).</summary>
    /// <exception cref="DataFormatException">The length is not a multiple of 3073 or a label exceeds 9.</exception>
    public static (byte[] Labels, byte[] Pixels) ReadBatch(string path, int classCount = 10)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return ReadRecords(stream, stream.Length, path, classCount);
    }

    /// <summary>Reads the named batches from the official <c>cifar-10-binary.tar.gz</c> (members matched by file name), in the order asked.</summary>
    /// <exception cref="DataFormatException">The archive is corrupt, a member is missing, or a member is malformed.</exception>
    public static IReadOnlyList<(byte[] Labels, byte[] Pixels)> ReadFromArchive(string archive, IReadOnlyList<string> batchNames, int classCount = 10)
    {
        var found = new Dictionary<string, (byte[], byte[])>();
        try
        {
            using var file = new FileStream(archive, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (found.Count < batchNames.Count && tar.GetNextEntry() is { } entry)
            {
                var name = Path.GetFileName(entry.Name);
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || !batchNames.Contains(name) || entry.DataStream is null)
                    continue;
                found[name] = ReadRecords(entry.DataStream, entry.Length, $"{archive}!{entry.Name}", classCount);
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw new DataFormatException(archive, $"not a readable .tar.gz archive ({e.Message}); expected the official cifar-10-binary.tar.gz", inner: e);
        }
        var missing = batchNames.Where(n => !found.ContainsKey(n)).ToList();
        if (missing.Count > 0)
            throw new DataFormatException(archive, $"the archive lacks {string.Join(", ", missing)}; expected {BatchFolder}/ with {string.Join(", ", TrainBatches.Append(TestBatch))}");
        return batchNames.Select(n => found[n]).ToList();
    }

    /// <summary>Writes a batch file in the official format (atomically): for each image its label, then its 3072 pixel bytes.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="labels">One label (0..9) per image.</param>
    /// <param name="pixels">3072 bytes per image, R plane then G then B, each 32x32 row-major.</param>
    public static void WriteBatch(string path, ReadOnlySpan<byte> labels, ReadOnlySpan<byte> pixels)
    {
        if (pixels.Length != labels.Length * PixelBytes)
            throw new ArgumentException($"{labels.Length} labels need {labels.Length * PixelBytes} pixel bytes, got {pixels.Length}", nameof(pixels));
        var bytes = new byte[labels.Length * RecordBytes];
        for (var i = 0; i < labels.Length; i++)
        {
            bytes[i * RecordBytes] = labels[i];
            pixels.Slice(i * PixelBytes, PixelBytes).CopyTo(bytes.AsSpan(i * RecordBytes + 1));
        }
        AtomicFile.Replace(path, bytes);
    }

    /// <summary>Reads <paramref name="length"/> bytes of records from <paramref name="stream"/>, checking the length and the labels.</summary>
    internal static (byte[] Labels, byte[] Pixels) ReadRecords(Stream stream, long length, string name, int classCount)
    {
        if (length % RecordBytes != 0)
        {
            var lastStart = length - length % RecordBytes;
            throw new DataFormatException(name,
                $"length {length} is not a multiple of {RecordBytes} (1 label byte + {PixelBytes} pixel bytes per record): the record starting here has only {length % RecordBytes} bytes",
                offset: lastStart);
        }
        if (length / RecordBytes * PixelBytes > Array.MaxLength)
            throw new DataFormatException(name, $"{length / RecordBytes} records exceed what one array holds", offset: 0);
        var count = (int)(length / RecordBytes);
        var labels = new byte[count];
        var pixels = new byte[(long)count * PixelBytes];
        var record = new byte[RecordBytes];
        for (var i = 0; i < count; i++)
        {
            var got = stream.ReadAtLeast(record, RecordBytes, throwOnEndOfStream: false);
            if (got < RecordBytes)
                throw new DataFormatException(name, $"data ends inside record {i}: expected {length} bytes in all", offset: (long)i * RecordBytes + got);
            if (record[0] >= classCount)
                throw new DataFormatException(name, $"label {record[0]} of record {i} is out of range; expected 0..{classCount - 1}", offset: (long)i * RecordBytes);
            labels[i] = record[0];
            record.AsSpan(1).CopyTo(pixels.AsSpan(i * PixelBytes, PixelBytes));
        }
        return (labels, pixels);
    }
}
