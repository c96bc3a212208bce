using DeepClustering.Data;

namespace DeepClustering.Tests.Data;

public sealed class IdxMatrixTests
{
    [Fact]
    public void Any_rank_becomes_one_row_per_item_scaled_to_unit_range()
    {
        using var dir = new TempDirectory();
        var bytes = TestData.Idx(0x08, [2, 2, 3], [0, 51, 102, 153, 204, 255, 255, 0, 0, 0, 0, 0]);
        File.WriteAllBytes(dir.File("images"), bytes);
        File.WriteAllBytes(dir.File("images.gz"), TestData.Gzip(bytes));
        File.WriteAllBytes(dir.File("labels"), TestData.Idx(0x08, [3], [7, 8, 9]));
        foreach (var name in new[] { "images", "images.gz" })
        {
            using var x = IdxMatrix.Read(dir.File(name));
            Assert.Equal([2L, 6L], x.shape);
            Assert.Equal(TorchSharp.torch.ScalarType.Float32, x.dtype);
            Assert.Equal([0f, 0.2f, 0.4f, 0.6f, 0.8f, 1f, 1f, 0f, 0f, 0f, 0f, 0f], x.data<float>().ToArray());
        }
        using var labels = IdxMatrix.Read(dir.File("labels"));
        Assert.Equal([3L, 1L], labels.shape);
    }

    [Fact]
    public void Truncated_or_non_byte_files_name_the_file_and_offset()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("cut"), TestData.Idx(0x08, [4, 2], [1, 2, 3, 4, 5, 6, 7, 8])[..15]);
        var e = Assert.Throws<DataFormatException>(() => IdxMatrix.Read(dir.File("cut")));
        Assert.Equal(dir.File("cut"), e.File);
        Assert.Equal(15, e.Offset);

        File.WriteAllBytes(dir.File("ints"), TestData.Idx(0x0C, [1], [0, 0, 0, 1]));
        e = Assert.Throws<DataFormatException>(() => IdxMatrix.Read(dir.File("ints")));
        Assert.Equal(0, e.Offset);
        Assert.Contains("unsigned-byte", e.Message);
    }
}
