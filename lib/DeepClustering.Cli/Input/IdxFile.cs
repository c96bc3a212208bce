using System.Buffers.Binary;
using System.IO.Compression;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Input;

/// <summary>
/// A minimal reader of unsigned-byte IDX files (raw or gzip), so the CLI can take MNIST-style input on its own; the
/// library's data loaders (DeepClustering.Data) are the full-featured readers with dataset discovery.
/// </summary>
internal static class IdxFile
{
    private const byte UnsignedByteType = 0x08;

    /// <summary>True when the file starts like an IDX file (after gunzip for .gz files).</summary>
    public static bool Looks(string path)
    {
        using var stream = Open(path);
        Span<byte> head = stackalloc byte[4];
        return stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head[0] == 0 && head[1] == 0 && head[2] == UnsignedByteType && head[3] >= 1;
    }

    /// <summary>An IDX file of n items of any shape as a float32 [n, item size] tensor with values / 255.</summary>
    public static Tensor ReadScaled(string path)
    {
        var (dims, bytes, offset) = Read(path);
        var itemSize = dims.Skip(1).Aggregate(1L, (a, b) => a * b);
        using var raw = torch.tensor(bytes.AsSpan(offset).ToArray(), [dims[0], itemSize]);
        return raw.to_type(ScalarType.Float32).div_(255f);
    }

    /// <summary>A one-dimensional IDX file (labels) as integers.</summary>
    public static int[] ReadLabels(string path)
    {
        var (dims, bytes, offset) = Read(path);
        if (dims.Length != 1)
            throw new InvalidDataException($"{path}: expected a 1-dimensional IDX label file, the header at byte 3 says {dims.Length} dimensions.");
        return bytes.AsSpan(offset).ToArray().Select(b => (int)b).ToArray();
    }

    private static (int[] Dims, byte[] Bytes, int Offset) Read(string path)
    {
        byte[] bytes;
        using (var stream = Open(path))
        using (var memory = new MemoryStream())
        {
            stream.CopyTo(memory);
            bytes = memory.ToArray();
        }
        if (bytes.Length < 4 || bytes[0] != 0 || bytes[1] != 0 || bytes[2] != UnsignedByteType || bytes[3] < 1)
            throw new InvalidDataException($"{path}: byte 0: expected the IDX magic 00 00 08 <dimensions> of an unsigned-byte IDX file.");
        var count = bytes[3];
        var offset = 4 + 4 * count;
        if (bytes.Length < offset)
            throw new InvalidDataException($"{path}: byte {bytes.Length}: the file ends inside its {count}-dimension header ({offset} bytes expected).");
        var dims = new int[count];
        for (var i = 0; i < count; i++)
        {
            dims[i] = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4 + 4 * i));
            if (dims[i] < 0) throw new InvalidDataException($"{path}: byte {4 + 4 * i}: negative dimension {dims[i]}.");
        }
        var expected = offset + dims.Aggregate(1L, (a, b) => a * b);
        if (bytes.Length != expected)
            throw new InvalidDataException($"{path}: byte {bytes.Length}: the header says [{string.Join(" x ", dims)}], i.e. {expected} bytes in all, but the file holds {bytes.Length}.");
        return (dims, bytes, offset);
    }

    private static Stream Open(string path)
    {
        var file = File.OpenRead(path);
        var first = file.ReadByte();
        var second = file.ReadByte();
        file.Position = 0;
        return first == 0x1f && second == 0x8b ? new GZipStream(file, CompressionMode.Decompress) : file;
    }
}
