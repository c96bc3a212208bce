using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DeepClustering.Display.Images;

namespace DeepClustering.Tests.Display;

public sealed class PngEncoderTests
{
    // An independent bitwise CRC-32 (polynomial 0xEDB88320), so the check does not reuse the encoder's library.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }
        return ~crc;
    }

    private static List<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        Assert.Equal(PngEncoder.Signature.ToArray(), png[..8]);
        var chunks = new List<(string, byte[])>();
        int at = 8;
        while (at < png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            string type = Encoding.ASCII.GetString(png, at + 4, 4);
            byte[] data = png.AsSpan(at + 8, length).ToArray();
            uint crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.Equal(Crc32(png.AsSpan(at + 4, 4 + length)), crc);
            chunks.Add((type, data));
            at += 12 + length;
        }
        Assert.Equal(png.Length, at);
        return chunks;
    }

    private static byte[] Inflate(byte[] data)
    {
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 2)]
    public void Round_trips_header_chunks_crc_and_pixels(int channels, int colourType)
    {
        int width = 5, height = 3;
        var pixels = Enumerable.Range(0, width * height * channels).Select(i => (byte)(i * 7)).ToArray();
        var chunks = Chunks(PngEncoder.Encode(pixels, width, height, channels));

        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        byte[] header = chunks[0].Data;
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(header));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
        Assert.Equal([8, (byte)colourType, 0, 0, 0], header[8..]);
        Assert.Empty(chunks[2].Data);

        byte[] raw = Inflate(chunks[1].Data);
        int stride = width * channels;
        Assert.Equal(height * (stride + 1), raw.Length);
        for (int y = 0; y < height; y++)
        {
            Assert.Equal(0, raw[y * (stride + 1)]);
            Assert.Equal(pixels.AsSpan(y * stride, stride).ToArray(), raw.AsSpan(y * (stride + 1) + 1, stride).ToArray());
        }
    }

    [Fact]
    public void Bad_sizes_are_rejected()
    {
        Assert.Throws<OptionOutOfRangeException>(() => PngEncoder.Encode(new byte[4], 0, 4, 1));
        Assert.Throws<OptionOutOfRangeException>(() => PngEncoder.Encode(new byte[8], 2, 2, 2));
        Assert.Throws<ArgumentException>(() => PngEncoder.Encode(new byte[5], 2, 2, 1));
    }

    [Fact]
    public void An_image_grid_tiles_scales_and_pads()
    {
        // Two 2x2 gray images: all black and all white, scale 2, padding 1, white padding.
        var values = new float[] { 0, 0, 0, 0, 1, 1, 1, 1 };
        var grid = ImageGrid.FromValues(values, 2, 1, 2, 2, new ImageGridOptions { Columns = 2, Scale = 2, Padding = 1, PaddingValue = 0.5f });
        Assert.Equal((1 + 2 * (4 + 1), 1 + 4 + 1), (grid.Width, grid.Height));
        Assert.Equal((1, 2), (grid.Rows, grid.Columns));
        byte[] png = grid.ToPng();
        var raw = Inflate(Chunks(png)[1].Data);
        int stride = grid.Width + 1;
        byte At(int x, int y) => raw[y * stride + 1 + x];
        Assert.Equal(128, At(0, 0));      // padding
        Assert.Equal(0, At(1, 1));        // first tile
        Assert.Equal(0, At(4, 4));
        Assert.Equal(128, At(5, 2));      // gap between tiles
        Assert.Equal(255, At(6, 1));      // second tile
        Assert.Equal(255, At(9, 4));
    }

    [Fact]
    public void Each_image_can_be_stretched_to_its_own_range()
    {
        var values = new float[] { 10, 20, 30, 40 };
        var grid = ImageGrid.FromValues(values, 1, 1, 2, 2, new ImageGridOptions { Scale = 1, Padding = 0, NormalizeEachImage = true });
        var raw = Inflate(Chunks(grid.ToPng())[1].Data);
        Assert.Equal(new byte[] { 0, 0, 85, 0, 170, 255 }, raw);
    }

    [Fact]
    public void Wrong_value_counts_name_the_expected_shape()
    {
        var error = Assert.Throws<ArgumentException>(() => ImageGrid.FromValues(new float[7], 2, 1, 2, 2));
        Assert.Contains("Expected 8 values for 2 images of 1x2x2, got 7", error.Message);
    }
}
