using DeepClustering.Data;

namespace DeepClustering.Tests.Data;

public sealed class CsvMatrixTests
{
    [Fact]
    public void Reads_numbers_with_or_without_a_header_line()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("plain.csv"), "1,2.5\r\n-3,4e1\n\n");
        File.WriteAllText(dir.File("header.csv"), "x,y\n1,2.5\n-3,40\n");
        foreach (var name in new[] { "plain.csv", "header.csv" })
        {
            using var x = CsvMatrix.Read(dir.File(name));
            Assert.Equal([2L, 2L], x.shape);
            Assert.Equal(TorchSharp.torch.ScalarType.Float64, x.dtype);
            Assert.Equal([1, 2.5, -3, 40], x.data<double>().ToArray());
        }
    }

    [Fact]
    public void Bad_rows_and_empty_files_name_the_file_and_line()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("ragged.csv"), "a,b\n1,2\n3\n");
        var e = Assert.Throws<DataFormatException>(() => CsvMatrix.Read(dir.File("ragged.csv")));
        Assert.Equal(dir.File("ragged.csv"), e.File);
        Assert.Equal(3, e.Line);

        File.WriteAllText(dir.File("text.csv"), "1,2\n3,oops\n");
        e = Assert.Throws<DataFormatException>(() => CsvMatrix.Read(dir.File("text.csv")));
        Assert.Equal(2, e.Line);
        Assert.Contains("oops", e.Message);

        File.WriteAllText(dir.File("empty.csv"), "");
        Assert.Equal(1, Assert.Throws<DataFormatException>(() => CsvMatrix.Read(dir.File("empty.csv"))).Line);
        File.WriteAllText(dir.File("header-only.csv"), "x,y\n");
        Assert.Equal(2, Assert.Throws<DataFormatException>(() => CsvMatrix.Read(dir.File("header-only.csv"))).Line);
    }

    [Theory]
    [InlineData("1,x\n1,2\n3,4\n5,6\n", "'x'")]
    [InlineData("1,NaN\n1,2\n3,4\n5,6\n", "'NaN'")]
    [InlineData(" ,y\n1,2\n", "('')")]
    public void A_first_line_that_is_not_all_names_is_data_and_validated(string text, string field)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("data.csv"), text);
        var e = Assert.Throws<DataFormatException>(() => CsvMatrix.Read(dir.File("data.csv")));
        Assert.Equal(1, e.Line);
        Assert.Contains(field, e.Message);
    }

    [Fact]
    public void A_header_names_every_column_and_is_reported()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("data.csv"), "width,height\n1,2\n");
        using var x = CsvMatrix.Read(dir.File("data.csv"), out var header);
        Assert.Equal("width,height", header);
        Assert.Equal([1L, 2L], x.shape);
        Assert.False(CsvMatrix.IsHeader(["a", "Infinity"]));
        Assert.False(CsvMatrix.IsHeader(["a", "-1e3"]));
        Assert.True(CsvMatrix.IsHeader(["a", " b "]));
    }
}
