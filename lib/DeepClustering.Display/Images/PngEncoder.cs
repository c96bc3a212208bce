using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace DeepClustering.Display.Images;

/// <summary>
/// Minimal PNG writer for 8-bit grayscale and RGB images.
/// </summary>
/// <remarks>
/// Hand-written on purpose: SkiaSharp's Linux native assets in our package mirror do not match its managed version,
/// and System.Drawing is Windows-only, so no well-kept encoder loads here. PNG needs only three chunks, zlib
/// (System.IO.Compression.ZLibStream) and CRC-32 (System.IO.Hashing.Crc32), so this stays small.
/// </remarks>
public static class PngEncoder
{
    /// <summary>The eight bytes every PNG file starts with.</summary>
    public static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Encodes row-major, channel-interleaved pixels (<paramref name="channels"/> 1 = gray, 3 = RGB) as PNG bytes.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> pixels, int width, int height, int channels)
    {
        OptionOutOfRangeException.ThrowUnless(width >= 1 && height >= 1, "image size", $"{width}x{height}",
            "at least 1x1");
        OptionOutOfRangeException.ThrowUnless(channels is 1 or 3, nameof(channels), channels,
            "1 (grayscale) or 3 (RGB)");
        long expected = (long)width * height * channels;
        if (pixels.Length != expected)
            throw new ArgumentException($"Expected {expected} pixel bytes for {width}x{height}x{channels}, got {pixels.Length}.", nameof(pixels));

        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", Header(width, height, channels));
        WriteChunk(png, "IDAT", CompressScanlines(pixels, width * channels, height));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Header(int width, int height, int channels)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;                              // bit depth
        header[9] = (byte)(channels == 1 ? 0 : 2);  // colour type: 0 grayscale, 2 truecolour
        header[10] = 0;                             // compression: deflate
        header[11] = 0;                             // filter method 0
        header[12] = 0;                             // no interlace
        return header;
    }

    // Each scanline is preceded by its filter type; 0 (None) keeps the encoder trivial and exact.
    private static byte[] CompressScanlines(ReadOnlySpan<byte> pixels, int rowBytes, int height)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (int y = 0; y < height; y++)
            {
                zlib.WriteByte(0);
                zlib.Write(pixels.Slice(y * rowBytes, rowBytes));
            }
        }
        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        byte[] typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        var crc = new Crc32();
        crc.Append(typeBytes);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, crc.GetCurrentHashAsUInt32());
        output.Write(word);
    }
}
