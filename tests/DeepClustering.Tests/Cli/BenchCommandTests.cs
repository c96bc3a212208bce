using DeepClustering.Cli.Commands.Bench;
using DeepClustering.Tests.Data;

namespace DeepClustering.Tests.Cli;

/// <summary>The MNIST clustering benchmarks on a tiny MNIST-layout folder: one JSON object, or a stderr message naming what is missing.</summary>
[Collection("Console")]
public sealed class BenchCommandTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Bench_runner_refuses_fewer_than_one_sample_instead_of_running_one(string samples)
    {
        var (exit, _, error) = CliRun.Invoke(DeepClustering.Cli.Commands.BenchRunnerCommand.Create(), "--samples", samples);
        Assert.Equal(2, exit);
        Assert.Contains("--samples must be at least 1", error);
    }

    [Fact]
    public void Bench_dunn_reads_mnist_through_the_data_library()
    {
        using var dir = new TempDirectory();
        TestData.WriteMnistPair(dir.Path, "train", 2);
        TestData.WriteMnistPair(dir.Path, "t10k", 20);
        var (exit, output, error) = CliRun.Invoke(ClusteringBench.Create("dunn"), "--data-dir", dir.Path);
        Assert.True(exit == 0, error);
        var json = CliRun.Json(output);
        Assert.Equal("dunn", json.GetProperty("benchmark").GetString());
        Assert.Equal(20, json.GetProperty("n").GetInt32());
        Assert.Equal(784, json.GetProperty("d").GetInt32());
        Assert.True(json.GetProperty("dunn").GetDouble() >= 0);
    }

    [Fact]
    public void Malformed_mnist_names_the_file_and_offset()
    {
        using var dir = new TempDirectory();
        TestData.WriteMnistPair(dir.Path, "t10k", 3);
        var images = dir.File("t10k-images-idx3-ubyte");
        File.WriteAllBytes(images, File.ReadAllBytes(images)[..100]);
        var (exit, output, error) = CliRun.Invoke(ClusteringBench.Create("silhouette"), "--data-dir", dir.Path);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(images, error);
        Assert.Contains("byte offset 100", error);
    }
}
