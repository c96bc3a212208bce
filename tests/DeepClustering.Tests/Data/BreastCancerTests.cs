using DeepClustering.Data;
using TorchSharp;

namespace DeepClustering.Tests.Data;

public sealed class BreastCancerTests
{
    private const string Uci =
        "1000025,5,1,1,1,2,1,3,1,1,2\n" +
        "1002945,5,4,4,5,7,10,3,2,1,2\n" +
        "1057013,8,4,5,1,2,?,7,3,1,4\n" +
        "1015425,3,1,1,1,2,2,3,1,1,2\n" +
        "1016277,6,8,8,1,3,4,3,7,1,4\n";

    [Fact]
    public void Sorted_csv_loads_as_stored_with_crlf_lines_and_mapped_classes()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(BreastCancerOriginal.SortedCsvFile), "5,1,1,1,2,1,3,1,1,2\r\n1,1,1,1,1,0,2,1,1,2\r\n4,8,8,5,4,5,10,4,1,4\r\n");
        using var table = BreastCancerOriginal.LoadSortedCsv(dir.Path, TestData.Offline);
        Assert.Equal(new long[] { 3, 9 }, table.Features.shape);
        Assert.Equal(torch.ScalarType.Float64, table.Features.dtype);
        Assert.Equal(new long[] { 0, 0, 1 }, table.Labels.data<long>().ToArray());
        Assert.Equal(0.0, table.Features[1, 5].item<double>()); // the stored 0 stays 0
        Assert.Equal([1, 2, 3], table.SourceLines);
    }

    [Theory]
    [InlineData(MissingValuePolicy.DropRows, 4, double.NaN)]
    [InlineData(MissingValuePolicy.ImputeColumnMedian, 5, 3.0)] // median of 1, 10, 2, 4
    [InlineData(MissingValuePolicy.ImputeValue, 5, -1.0)]
    public void Uci_file_applies_the_missing_value_policy(MissingValuePolicy policy, int rows, double filled)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(BreastCancerOriginal.UciFile), Uci);
        using var table = BreastCancerOriginal.LoadUci(policy, imputeValue: -1, dataDir: dir.Path, locator: TestData.Offline);
        Assert.Equal(new long[] { rows, 9 }, table.Features.shape);
        Assert.Equal(5.0, table.Features[0, 0].item<double>()); // the id column is dropped
        if (policy == MissingValuePolicy.DropRows)
        {
            Assert.Equal([1, 2, 4, 5], table.SourceLines);
            Assert.Equal(new long[] { 0, 0, 0, 1 }, table.Labels.data<long>().ToArray());
        }
        else
            Assert.Equal(filled, table.Features[2, 5].item<double>());
    }

    [Fact]
    public void Field_count_mismatch_names_the_line()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(BreastCancerOriginal.UciFile), Uci.Replace("1015425,3,1,1,1,2,2,3,1,1,2", "1015425,3,1,1,1,2,2,3,1,2"));
        var e = Assert.Throws<DataFormatException>(() => BreastCancerOriginal.LoadUci(dataDir: dir.Path, locator: TestData.Offline));
        Assert.Equal(4, e.Line);
        Assert.Equal(dir.File(BreastCancerOriginal.UciFile), e.File);
        Assert.Contains("expected 11", e.Message);
        Assert.Contains("line 4", e.Message);
    }

    [Fact]
    public void Non_numeric_field_names_line_and_field()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(BreastCancerOriginal.SortedCsvFile), "5,1,1,1,2,1,3,1,1,2\n5,1,x1,1,2,1,3,1,1,2\n");
        var e = Assert.Throws<DataFormatException>(() => BreastCancerOriginal.LoadSortedCsv(dir.Path, TestData.Offline));
        Assert.Equal(2, e.Line);
        Assert.Contains("field 3 ('x1')", e.Message);
        // '?' is only a missing marker in the UCI file, not in the sorted CSV
        File.WriteAllText(dir.File(BreastCancerOriginal.SortedCsvFile), "5,1,1,1,2,?,3,1,1,2\n");
        Assert.Equal(1, Assert.Throws<DataFormatException>(() => BreastCancerOriginal.LoadSortedCsv(dir.Path, TestData.Offline)).Line);
    }

    [Fact]
    public void Unknown_class_is_rejected()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(BreastCancerOriginal.UciFile), Uci.Replace("1016277,6,8,8,1,3,4,3,7,1,4", "1016277,6,8,8,1,3,4,3,7,1,3"));
        Assert.Equal(5, Assert.Throws<DataFormatException>(() => BreastCancerOriginal.LoadUci(dataDir: dir.Path, locator: TestData.Offline)).Line);
    }

    [Fact]
    public void Diagnostic_csv_reads_header_rows_and_targets()
    {
        using var dir = new TempDirectory();
        var row = string.Join(",", Enumerable.Range(1, 30).Select(i => (i * 0.5).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        File.WriteAllText(dir.File(BreastCancerDiagnostic.FileName), $"2,30,malignant,benign\n{row},0\n{row},1\n");
        using var table = BreastCancerDiagnostic.Load(dir.Path, TestData.Offline);
        Assert.Equal(new long[] { 2, 30 }, table.Features.shape);
        Assert.Equal(["malignant", "benign"], table.ClassNames);
        Assert.Equal("worst fractal dimension", table.FeatureNames[29]);
        Assert.Equal(15.0, table.Features[1, 29].item<double>());
        Assert.Equal(new long[] { 0, 1 }, table.Labels.data<long>().ToArray());
    }

    [Theory]
    [InlineData("3,30,malignant,benign", 4)]   // fewer rows than announced
    [InlineData("2,29,malignant,benign", 2)]   // field count disagrees with the header
    [InlineData("two,30,malignant,benign", 1)] // malformed header
    public void Diagnostic_csv_that_disagrees_with_its_header_is_rejected(string header, int line)
    {
        using var dir = new TempDirectory();
        var row = string.Join(",", Enumerable.Repeat("1.5", 30));
        File.WriteAllText(dir.File(BreastCancerDiagnostic.FileName), $"{header}\n{row},0\n{row},1\n");
        var e = Assert.Throws<DataFormatException>(() => BreastCancerDiagnostic.Load(dir.Path, TestData.Offline));
        Assert.Equal(line, e.Line);
    }

    [SharedDataFact("breast-cancer-wisconsin")]
    public void Shared_files_have_the_documented_shapes_and_class_counts()
    {
        using var sorted = BreastCancerOriginal.LoadSortedCsv(TestData.SharedRoot, TestData.Offline);
        Assert.Equal(new long[] { 699, 9 }, sorted.Features.shape);
        Assert.Equal(241, sorted.Labels.sum().item<long>());
        Assert.Equal(16, (sorted.Features[.., 5] == 0).sum().item<long>());

        using var diagnostic = BreastCancerDiagnostic.Load(TestData.SharedRoot, TestData.Offline);
        Assert.Equal(new long[] { 569, 30 }, diagnostic.Features.shape);
        Assert.Equal(357, diagnostic.Labels.sum().item<long>()); // 357 benign (1), 212 malignant (0)
    }
}
