using DeepClustering.Data;

namespace DeepClustering.Tests.Data;

public sealed class IdxReaderTests
{
    [Fact]
    public void Reads_header_and_data_of_raw_and_gzip_files()
    {
        using var dir = new TempDirectory();
        var bytes = TestData.Idx(0x08, [2, 3], [1, 2, 3, 4, 5, 6]);
        File.WriteAllBytes(dir.File("a"), bytes);
        File.WriteAllBytes(dir.File("a.gz"), TestData.Gzip(bytes));
        foreach (var name in new[] { "a", "a.gz" })
        {
            var (header, data) = IdxReader.ReadBytes(dir.File(name), expectedRank: 2);
            Assert.Equal(IdxElementType.UInt8, header.ElementType);
            Assert.Equal([2, 3], header.Dimensions);
            Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6 }, data);
        }
    }

    [Fact]
    public void Wrong_magic_names_the_file_and_offset_zero()
    {
        using var dir = new TempDirectory();
        var bytes = TestData.Idx(0x08, [2], [1, 2]);
        bytes[0] = 0x12;
        File.WriteAllBytes(dir.File("bad"), bytes);
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadBytes(dir.File("bad"), 1));
        Assert.Equal(dir.File("bad"), e.File);
        Assert.Equal(0, e.Offset);
        Assert.Contains("magic", e.Message);
        Assert.Contains(dir.File("bad"), e.Message);
    }

    [Fact]
    public void Unknown_type_code_is_wrong_magic()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("bad"), TestData.Idx(0x07, [1], [1]));
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadHeader(dir.File("bad")));
        Assert.Equal(0, e.Offset);
    }

    [Fact]
    public void Wrong_rank_or_type_is_reported()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("labels"), TestData.Idx(0x08, [3], [1, 2, 3]));
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadBytes(dir.File("labels"), expectedRank: 3));
        Assert.Contains("rank 3", e.Message);
        File.WriteAllBytes(dir.File("ints"), TestData.Idx(0x0C, [1], [0, 0, 0, 1]));
        Assert.Equal(IdxElementType.Int32, IdxReader.ReadHeader(dir.File("ints")).ElementType);
        Assert.Throws<DataFormatException>(() => IdxReader.ReadBytes(dir.File("ints"), expectedRank: 1));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    public void Truncated_header_is_reported_with_offset(int keep)
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("short"), TestData.Idx(0x08, [2, 2], [1, 2, 3, 4])[..keep]);
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadHeader(dir.File("short")));
        Assert.Contains("truncated", e.Message);
        Assert.Equal(keep < 4 ? keep : 4, e.Offset);
    }

    [Fact]
    public void Raw_file_shorter_than_its_header_says_is_truncated_at_its_end()
    {
        using var dir = new TempDirectory();
        var bytes = TestData.Idx(0x08, [4, 2, 2], new byte[16])[..^5];
        File.WriteAllBytes(dir.File("t"), bytes);
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadBytes(dir.File("t"), 3));
        Assert.Equal(bytes.Length, e.Offset);
        Assert.Contains("4 x 2 x 2", e.Message);
        Assert.Contains($"needs {16 + 16} bytes", e.Message);
    }

    [Fact]
    public void Raw_file_longer_than_its_header_says_is_rejected()
    {
        using var dir = new TempDirectory();
        var bytes = TestData.Idx(0x08, [2], [1, 2, 3]);
        File.WriteAllBytes(dir.File("long"), bytes);
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadBytes(dir.File("long"), 1));
        Assert.Equal(8 + 2, e.Offset);
        Assert.Contains("longer", e.Message);
    }

    [Fact]
    public void Gzip_file_whose_content_is_short_or_long_is_rejected()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("short.gz"), TestData.Gzip(TestData.Idx(0x08, [5], [1, 2, 3])));
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadBytes(dir.File("short.gz"), 1));
        Assert.Equal(8 + 3, e.Offset);
        Assert.Contains("truncated", e.Message);

        File.WriteAllBytes(dir.File("long.gz"), TestData.Gzip(TestData.Idx(0x08, [2], [1, 2, 3])));
        e = Assert.Throws<DataFormatException>(() => IdxReader.ReadBytes(dir.File("long.gz"), 1));
        Assert.Equal(8 + 2, e.Offset);
    }

    [Fact]
    public void Cut_off_gzip_stream_is_a_format_error_not_a_crash()
    {
        using var dir = new TempDirectory();
        var gz = TestData.Gzip(TestData.Idx(0x08, [1000], Enumerable.Range(0, 1000).Select(i => (byte)(i * 7)).ToArray()));
        File.WriteAllBytes(dir.File("cut.gz"), gz[..(gz.Length / 2)]);
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadBytes(dir.File("cut.gz"), 1));
        Assert.Equal(dir.File("cut.gz"), e.File);
        Assert.NotNull(e.Offset);
    }

    [Fact]
    public void Negative_dimension_is_rejected()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("neg"), TestData.Idx(0x08, [-1], []));
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadHeader(dir.File("neg")));
        Assert.Equal(4, e.Offset);
    }
}
