using System.Globalization;
using DeepClustering.Models;
using DeepClustering.Torch;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Models;

public sealed class TiedSigmoidAutoencoderTests(ITestOutputHelper output)
{
    private static string? DataFile()
    {
        var root = Environment.GetEnvironmentVariable("DEEPCLUSTERING_DATA");
        var path = root is null ? null : Path.Combine(root, "breast-cancer-wisconsin", "bcancerint_sort1.csv");
        return path is not null && File.Exists(path) ? path : null;
    }

    /// <summary>The nine features of the experiment-1 file, min-max scaled per feature to [0.1, 0.9] (minimal parser for this test).</summary>
    private static Tensor ScaledFeatures(string path)
    {
        var rows = File.ReadLines(path).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Take(9).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var x = tensor(rows.SelectMany(r => r).ToArray(), [rows.Length, 9], ScalarType.Float64);
        var min = x.amin([0], keepdim: true);
        var max = x.amax([0], keepdim: true);
        return (x - min) / (max - min) * 0.8 + 0.1;
    }

    [Fact]
    public void Retraces_the_original_error_curve_on_the_breast_cancer_file()
    {
        TorchRuntime.EnsureInitialized();
        var path = DataFile();
        if (path is null) return; // data set not present on this machine
        using var scope = NewDisposeScope();
        var x = ScaledFeatures(path);
        Assert.Equal(new long[] { 699, 9 }, x.shape);

        var model = new TiedSigmoidAutoencoder(seed: 0);
        var curve = model.Train(x, epochs: 10_000, learningRate: 0.005);

        output.WriteLine($"SSE: epoch 1 {curve[0]:F2}, 100 {curve[99]:F2}, 1000 {curve[999]:F2}, 5000 {curve[4999]:F2}, 10000 {curve[^1]:F2}");
        Assert.InRange(curve[0], 2440, 2640);        // original: about 2540
        Assert.InRange(curve[^1], 50, 72);           // original: 60.21
        Assert.True(curve[1000] < curve[0] && curve[5000] < curve[1000] && curve[^1] < curve[5000],
            $"SSE should fall: {curve[0]}, {curve[1000]}, {curve[5000]}, {curve[^1]}");
        Assert.Equal(new long[] { 699, 4 }, model.Encode(x).shape);
    }

    [Fact]
    public void Same_seed_gives_the_same_curve_and_weights()
    {
        TorchRuntime.EnsureInitialized();
        using var scope = NewDisposeScope();
        using var generator = new Generator(5, CPU);
        var x = rand([50, 9], generator: generator, dtype: ScalarType.Float64) * 0.8 + 0.1;
        var a = new TiedSigmoidAutoencoder(seed: 11);
        var b = new TiedSigmoidAutoencoder(seed: 11);
        Assert.Equal(a.Train(x, 200), b.Train(x, 200));
        ModelTestData.AssertSameState(a, b);
        Assert.False(ModelTestData.Identical(new TiedSigmoidAutoencoder(seed: 12).Weight, new TiedSigmoidAutoencoder(seed: 11).Weight));
    }

    [Fact]
    public void Rejects_inputs_of_the_wrong_width_naming_both_shapes()
    {
        TorchRuntime.EnsureInitialized();
        var model = new TiedSigmoidAutoencoder();
        using var x = zeros(10, 8);
        var error = Assert.Throws<ArgumentException>(() => model.Train(x, 1));
        Assert.Contains("[N, 9]", error.Message);
        Assert.Contains("[10, 8]", error.Message);
    }
}
