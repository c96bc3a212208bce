using System.Globalization;
using System.Text.Json;
using DeepClustering.IO;
using DeepClustering.Models;
using DeepClustering.Training;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Models;

public sealed class TiedSigmoidAutoencoderTests(ITestOutputHelper output)
{
    /// <summary>Golden numbers from tests/golden/tied_autoencoder_curve.py (NumPy, the original's rule and RandomState(123)).</summary>
    private static JsonElement Golden() => JsonDocument.Parse(File.ReadAllText(GoldenFiles.Path("tied_autoencoder_curve.json"))).RootElement;

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
    public void Numpy_random_state_reproduces_the_original_initial_weights()
    {
        var expected = Golden().GetProperty("initial_weights").EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(v => v.GetDouble()).ToArray();
        Assert.Equal(expected, new NumPyRandomState(123).Uniform(-1.0 / 9, 1.0 / 9, 36));

        var model = new TiedSigmoidAutoencoder();
        Assert.Equal(expected, model.Weight.data<double>().ToArray());
        Assert.Equal(new long[] { 9, 4 }, model.Weight.shape);
    }

    [Fact]
    public void Retraces_the_original_error_curve_on_the_breast_cancer_file()
    {
        var path = DataFile();
        if (path is null) return; // data set not present on this machine
        using var scope = NewDisposeScope();
        var x = ScaledFeatures(path);
        Assert.Equal(new long[] { 699, 9 }, x.shape);

        var model = new TiedSigmoidAutoencoder();
        var curve = model.Train(x, epochs: 1000, learningRate: 0.005);

        output.WriteLine($"SSE: epoch 1 {curve[0]:F4}, 2 {curve[1]:F4}, 100 {curve[99]:F4}, 1000 {curve[999]:F4}");
        var golden = Golden().GetProperty("sse_at_epoch");
        foreach (var epoch in new[] { 1, 2, 10, 100, 1000 })
        {
            var expected = golden.GetProperty(epoch.ToString(CultureInfo.InvariantCulture)).GetDouble();
            Assert.True(Math.Abs(curve[epoch - 1] - expected) <= 1e-9 * expected, $"epoch {epoch}: {curve[epoch - 1]} vs NumPy {expected}");
        }
        Assert.Equal(new long[] { 699, 4 }, model.Encode(x).shape);
    }

    [Fact]
    public void Same_seed_gives_the_same_curve_and_weights()
    {
        using var scope = NewDisposeScope();
        using var generator = new Generator(5, CPU);
        var x = rand([50, 9], generator: generator, dtype: ScalarType.Float64) * 0.8 + 0.1;
        var a = new TiedSigmoidAutoencoder(seed: 11);
        var b = new TiedSigmoidAutoencoder(seed: 11);
        var curve = a.Train(x, 200);
        Assert.Equal(curve, b.Train(x, 200));
        Assert.True(curve[^1] < curve[0] * 0.5, $"SSE {curve[0]} -> {curve[^1]}");
        ModelTestData.AssertSameState(a, b);
        Assert.False(ModelTestData.Identical(new TiedSigmoidAutoencoder(seed: 12).Weight, new TiedSigmoidAutoencoder(seed: 11).Weight));
    }

    [Fact]
    public void Encoder_and_decoder_share_the_weight_and_the_state_holds_it_once()
    {
        using var scope = NewDisposeScope();
        using var generator = new Generator(6, CPU);
        var x = rand([20, 9], generator: generator, dtype: ScalarType.Float64);
        var model = new TiedSigmoidAutoencoder(seed: 3);
        model.Train(x, 50);
        Assert.Equal(["decoder.bias", "encoder.bias", "encoder.weight"], model.state_dict().Keys.Order(StringComparer.Ordinal).ToArray());
        var codes = model.Encode(x);
        Assert.Equal(new long[] { 20, 4 }, codes.shape);
        Assert.True(ModelTestData.Identical(model.Reconstruct(x), model.Decoder.call(model.Encoder.call(x))));

        var dir = Directory.CreateTempSubdirectory("dc-tied-");
        try
        {
            var file = Path.Combine(dir.FullName, "tied.bin");
            Checkpoint.Save(model, file);
            var restored = new TiedSigmoidAutoencoder(seed: 99);
            Checkpoint.Load(restored, file);
            ModelTestData.AssertSameState(model, restored);
            Assert.True(ModelTestData.Identical(model.Reconstruct(x), restored.Reconstruct(x)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Rejects_inputs_of_the_wrong_width_naming_both_shapes()
    {
        var model = new TiedSigmoidAutoencoder();
        using var x = zeros(10, 8);
        var error = Assert.Throws<ArgumentException>(() => model.Train(x, 1));
        Assert.Contains("[N, 9]", error.Message);
        Assert.Contains("[10, 8]", error.Message);
        Assert.Throws<ArgumentException>(() => model.Encode(x));
        Assert.Throws<OptionOutOfRangeException>(() => new TiedSigmoidAutoencoder(hidden: 0));
    }
}
