using DeepClustering.Cli.Commands.Bench;
using DeepClustering.Tests.Data;

namespace DeepClustering.Tests.Cli;

/// <summary>bench kmeans, conv-autoencoder and dec on a tiny MNIST-layout folder: one JSON object with ours, the floor or target, and the ratio.</summary>
[Collection("Console")]
public sealed class SpeedBenchCommandTests
{
    [Fact]
    public void Bench_kmeans_prints_the_iteration_time_next_to_one_streaming_pass()
    {
        using var dir = new TempDirectory();
        TestData.WriteMnistPair(dir.Path, "train", 60);
        var (exit, output, error) = CliRun.Invoke(KMeansBench.Create(), "--data-dir", dir.Path, "--repeat", "1", "--threads", "1");
        Assert.True(exit == 0, error);
        var json = CliRun.Json(output);
        Assert.Equal(60, json.GetProperty("n").GetInt32());
        Assert.Equal(json.GetProperty("inertia").GetDouble(), json.GetProperty("lloyd_inertia").GetDouble()); // the Lloyd run timed apart is Fit's run
        Assert.True(json.GetProperty("stream_pass_ms").GetDouble() > 0);
        Assert.True(json.GetProperty("iteration_to_stream_ratio").GetDouble() > 0);
        Assert.Contains("logical processors", json.GetProperty("processor").GetString());
    }

    [Fact]
    public void Bench_conv_autoencoder_reports_training_validation_and_the_split()
    {
        using var dir = new TempDirectory();
        TestData.WriteMnistPair(dir.Path, "train", 80);
        var (exit, output, error) = CliRun.Invoke(ConvAutoencoderBench.Create(), "--data-dir", dir.Path, "--n", "64", "--validation", "16",
            "--batch-size", "16", "--split-batches", "2", "--threads", "1");
        Assert.True(exit == 0, error);
        var json = CliRun.Json(output);
        Assert.True(json.GetProperty("train_ms_per_image").GetDouble() > 0);
        Assert.True(json.GetProperty("validation_ms_per_image").GetDouble() > 0);
        Assert.True(double.IsFinite(json.GetProperty("loss").GetDouble()));
        Assert.True(json.GetProperty("step_ms_per_batch").GetProperty("backward").GetDouble() > 0);
        Assert.True(json.GetProperty("layer_ms_per_batch").GetProperty("conv").GetProperty("forward").GetDouble() > 0);
        Assert.Contains(json.GetProperty("upsampling").GetString(), new[] { "nearest", "bilinear" });
    }

    [Fact]
    public void Bench_dec_splits_steps_from_refreshes_and_projects_a_full_fold()
    {
        using var dir = new TempDirectory();
        TestData.WriteMnistPair(dir.Path, "train", 64);
        var (exit, output, error) = CliRun.Invoke(DecBench.Create(), "--data-dir", dir.Path, "--n", "64", "--iterations", "4",
            "--update-interval", "2", "--threads", "1");
        Assert.True(exit == 0, error);
        var json = CliRun.Json(output);
        Assert.Equal(4, json.GetProperty("iterations").GetInt32());
        Assert.Equal(3, json.GetProperty("refreshes").GetInt32()); // iterations 0, 2 and 4
        Assert.True(json.GetProperty("ms_per_step").GetDouble() > 0);
        Assert.True(json.GetProperty("seconds_per_refresh").GetDouble() > 0);
        Assert.True(json.GetProperty("projected_full_fold_minutes").GetDouble() > 0);
    }
}
