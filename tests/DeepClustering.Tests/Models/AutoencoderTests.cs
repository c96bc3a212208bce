using DeepClustering.Models;
using DeepClustering.Training;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Models;

public sealed class AutoencoderTests
{
    private static readonly TrainingOptions Quick = new() { Epochs = 6, BatchSize = 16, LearningRate = 3e-3, Seed = 1 };

    private static void AssertLossFalls(Autoencoder model, Tensor data, TrainingOptions options)
    {
        var result = Trainer.FitAutoencoder(model, data, options);
        Assert.Equal(options.Epochs, result.History.Count);
        Assert.True(result.Losses[^1] < result.Losses[0] * 0.9, $"loss went {string.Join(" -> ", result.Losses)}");
    }

    [Fact]
    public void Dense_autoencoder_loss_falls_and_codes_have_the_code_size()
    {
        using var scope = NewDisposeScope();
        var data = ModelTestData.Images(128, 1, 8, seed: 2).reshape(128, 64);
        var model = new DenseAutoencoder([64, 32, 8], output: Activation.Sigmoid, seed: 3);
        AssertLossFalls(model, data, Quick);
        Assert.Equal(new long[] { 128, 8 }, model.Encode(data).shape);
        Assert.Equal(8, model.CodeSize);
    }

    [Fact]
    public void Dec_standard_autoencoder_has_the_published_layer_sizes_and_its_loss_falls()
    {
        var model = DenseAutoencoder.DecStandard(seed: 1);
        Assert.Equal(new long[] { 784, 500, 500, 2000, 10 }, model.Sizes);
        var weights = model.parameters().Select(p => p.shape).Where(s => s.Length == 2).Select(s => $"{s[1]}x{s[0]}");
        Assert.Equal(["784x500", "500x500", "500x2000", "2000x10", "10x2000", "2000x500", "500x500", "500x784"], weights);
        using var scope = NewDisposeScope();
        AssertLossFalls(model, ModelTestData.Images(96, 1, 28, seed: 8).reshape(96, 784), Quick with { Epochs = 4, BatchSize = 32, LearningRate = 1e-3 });
        Assert.Equal(new long[] { 96, 10 }, model.Encode(ModelTestData.Images(96, 1, 28, seed: 8).reshape(96, 784)).shape);
    }

    [Fact]
    public void Small_conv_autoencoder_loss_falls_with_an_8x8_code_on_32x32_images()
    {
        using var scope = NewDisposeScope();
        var data = ModelTestData.Images(64, 1, 32, seed: 4);
        var model = new SmallConvAutoencoder(new ImageShape(1, 32, 32), seed: 5, kernelStd: 0.1);
        AssertLossFalls(model, data, Quick with { LearningRate = 1e-2, Epochs = 8 });
        Assert.Equal(64, model.CodeSize);
        Assert.Equal(new long[] { 2, 64 }, model.Encode(data.narrow(0, 0, 2)).shape);
        Assert.Equal(new long[] { 2, 1, 32, 32 }, model.Decoder.call(model.Encode(data.narrow(0, 0, 2))).shape);
    }

    [Fact]
    public void Batch_norm_conv_autoencoder_loss_falls_and_halves_are_usable_separately()
    {
        using var scope = NewDisposeScope();
        var data = ModelTestData.Images(64, 1, 28, seed: 6);
        var model = new BatchNormConvAutoencoder(new ImageShape(1, 28, 28), codeSize: 10, seed: 7);
        AssertLossFalls(model, data, Quick);
        var codes = model.Encode(data);
        Assert.Equal(new long[] { 64, 10 }, codes.shape);
        Assert.Equal(new long[] { 64, 1, 28, 28 }, Inference.Predict(model.Decoder, codes).shape);
        Assert.True(ModelTestData.Identical(model.Reconstruct(data), model.Decode(codes)));
    }

    [Fact]
    public void Wrong_input_shapes_give_argument_errors_with_both_shapes()
    {
        using var scope = NewDisposeScope();
        var model = new BatchNormConvAutoencoder(new ImageShape(1, 28, 28));
        var error = Assert.Throws<ArgumentException>(() => model.call(zeros(4, 784)));
        Assert.Contains("[N, 1, 28, 28]", error.Message);
        Assert.Contains("[4, 784]", error.Message);
        var decode = Assert.Throws<ArgumentException>(() => model.Decode(zeros(4, 9)));
        Assert.Contains("[N, 10]", decode.Message);
        Assert.Throws<ArgumentException>(() => model.Encode(zeros(2, 1, 32, 32)));
        Assert.Throws<ArgumentException>(() => new SmallConvAutoencoder(new ImageShape(1, 30, 30)));
        Assert.Throws<ArgumentException>(() => new DenseAutoencoder([784]));
    }
}
