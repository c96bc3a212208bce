using DeepClustering.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Torch;

public sealed class OneDnnConvolutionCheckTests
{
    [Theory]
    [InlineData(16, 8, 7)]  // experiment 5's encoder conv2: 8 output channels do not fill a 16-channel block
    [InlineData(32, 1, 28)] // its last decoder conv
    [InlineData(8, 16, 14)]
    public void Convolution_input_gradients_match_float64_after_initialisation(long input, long output, long size)
    {
        TorchRuntime.EnsureInitialized();
        Assert.NotNull(TorchRuntime.ConvolutionBackend);
        using var scope = NewDisposeScope();
        using var generator = new Generator(3);
        var x = rand([8, input, size, size], generator: generator).requires_grad_(true);
        var weight = rand([output, input, 3, 3], generator: generator) - 0.5;
        var y = nn.functional.conv2d(x, weight, padding: [1, 1]);
        var upstream = rand(y.shape, generator: generator);
        y.backward([upstream]);
        var reference = x.detach().to_type(ScalarType.Float64).requires_grad_(true);
        nn.functional.conv2d(reference, weight.to_type(ScalarType.Float64), padding: [1, 1]).backward([upstream.to_type(ScalarType.Float64)]);
        var error = ((x.grad!.to_type(ScalarType.Float64) - reference.grad!).abs().max() / reference.grad!.abs().max()).item<double>();
        Assert.True(error < 1e-4, $"relative error {error} ({TorchRuntime.ConvolutionBackend})");
    }
}
