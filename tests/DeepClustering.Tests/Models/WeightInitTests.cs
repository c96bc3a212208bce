using DeepClustering.Models;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Models;

public sealed class WeightInitTests
{
    [Theory]
    [InlineData(WeightInitScheme.FanInUniform, 784, 500)]
    [InlineData(WeightInitScheme.GlorotUniform, 784, 500)]
    [InlineData(WeightInitScheme.TorchDefault, 784, 500)]
    public void Uniform_schemes_fill_their_range_and_are_seeded(WeightInitScheme scheme, int fanIn, int fanOut)
    {
        using var scope = NewDisposeScope();
        var layer = nn.Linear(fanIn, fanOut);
        WeightInit.Apply(layer, scheme, seed: 3);
        var limit = scheme switch
        {
            WeightInitScheme.FanInUniform or WeightInitScheme.TorchDefault => Math.Sqrt(1.0 / fanIn),
            _ => Math.Sqrt(6.0 / (fanIn + fanOut)),
        };
        var weights = layer.weight!.detach();
        Assert.InRange(weights.abs().max().item<float>(), 0.99 * limit, limit);
        Assert.InRange(weights.std().item<float>(), 0.95 * limit / Math.Sqrt(3), 1.05 * limit / Math.Sqrt(3));  // a uniform's std
        var biasMax = layer.bias!.detach().abs().max().item<float>();
        if (scheme == WeightInitScheme.TorchDefault) Assert.InRange(biasMax, 0.9 * limit, limit);
        else Assert.Equal(0f, biasMax);

        var again = nn.Linear(fanIn, fanOut);
        WeightInit.Apply(again, scheme, seed: 3);
        Assert.True(ModelTestData.Identical(layer.weight!, again.weight!));
    }

    [Fact]
    public void The_dec_standard_autoencoder_takes_the_init_scheme()
    {
        using var scope = NewDisposeScope();
        var model = DenseAutoencoder.DecStandard(seed: 1, init: WeightInitScheme.FanInUniform);
        var first = model.modules().OfType<Linear>().First();
        Assert.InRange(first.weight!.detach().abs().max().item<float>(), 0.99 * Math.Sqrt(1.0 / 784), Math.Sqrt(1.0 / 784));
        Assert.Equal(new long[] { 784, 500, 500, 2000, 10 }, model.Sizes);
    }
}
