using DeepClustering.Cli.Commands;
using DeepClustering.Data;
using DeepClustering.Tests.Data;

namespace DeepClustering.Tests.Cli;

public sealed class DataSummaryTests
{
    [Fact]
    public void Missing_and_malformed_data_sets_become_rows_not_crashes()
    {
        using var dir = new TempDirectory();
        TestData.WriteMnistPair(dir.Path, "train", 2);
        TestData.WriteMnistPair(dir.Path, "t10k", 1);
        File.WriteAllText(dir.File(BreastCancerDiagnostic.FileName), "not,a,header\n");
        var rows = DataSummary.Loads().Select(l => DataSummary.Run(l.Name, l.Split, l.Load, dir.Path, TestData.Offline)).ToList();

        var mnist = rows.Single(r => r.Name == Mnist.Name);
        Assert.Equal(DataSummaryStatus.Loaded, mnist.Status);
        Assert.Equal("3x1x28x28", mnist.Shape);
        Assert.NotNull(mnist.Seconds);
        Assert.Equal(DataSummaryStatus.Missing, rows.Single(r => r.Name == Cifar10.Name).Status);
        Assert.Contains("cifar-10-binary.tar.gz", rows.Single(r => r.Name == Cifar10.Name).Source);
        var diagnostic = rows.Single(r => r.Name == BreastCancerDiagnostic.Name);
        Assert.Equal(DataSummaryStatus.Failed, diagnostic.Status);
        Assert.Contains("line 1", diagnostic.Source);
    }
}
