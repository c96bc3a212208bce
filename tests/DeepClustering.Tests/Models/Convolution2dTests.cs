using DeepClustering.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Models;

/// <summary><see cref="Convolution2d"/> computes right or says why not, on every processor (see <see cref="ConvolutionShapeCheck"/>).</summary>
public sealed class Convolution2dTests
{
    [Fact]
    public void Random_shapes_match_float64_or_fail_with_advice()
    {
        var random = new Random(1);
        var wrong = new List<string>();
        for (var t = 0; t < 60; t++)
        {
            long cin = random.Next(1, 41), cout = random.Next(1, 41), k = new[] { 1, 3, 5, 7 }[random.Next(4)];
            long padding = random.Next(2) == 0 ? k / 2 : 0, n = random.Next(1, 17), h = random.Next((int)k + 4, 29);
            using var scope = NewDisposeScope();
            using var generator = new Generator((ulong)t);
            using var conv = new Convolution2d(cin, cout, k, padding);
            var x = randn([n, cin, h, h], generator: generator).requires_grad_(true);
            Tensor y;
            try { y = conv.forward(x); }
            catch (ConvolutionUnreliableException e)
            {
                Assert.Contains($"{cin} to {cout} channels, {k}x{k} kernel", e.Message);
                Assert.Contains("ONEDNN_MAX_CPU_ISA=SSE41", e.Message);
                continue;
            }
            var upstream = randn(y.shape, generator: generator);
            y.backward([upstream]);
            var x64 = x.detach().to_type(ScalarType.Float64).requires_grad_(true);
            var w64 = conv.Weight.detach().to_type(ScalarType.Float64).requires_grad_(true);
            var y64 = nn.functional.conv2d(x64, w64, conv.Bias.detach().to_type(ScalarType.Float64), padding: [padding, padding]);
            y64.backward([upstream.to_type(ScalarType.Float64)]);
            var errors = new[] { Error(y, y64), Error(x.grad!, x64.grad!), Error(conv.Weight.grad!, w64.grad!) };
            if (errors.Max() > 1e-4)
                wrong.Add($"{cin}->{cout} k{k} p{padding} batch {n} {h}x{h}: {string.Join(", ", errors.Select(e => e.ToString("0.0e0")))}");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong ({Convolution2d.Routes}): {string.Join("; ", wrong.Take(5))}");
    }

    [Theory]
    [InlineData(1, 32, 7, 28)] // experiment 5's layers, encoder then decoder
    [InlineData(32, 16, 5, 14)]
    [InlineData(16, 8, 3, 7)]
    [InlineData(8, 8, 3, 7)]
    [InlineData(8, 16, 5, 14)]
    [InlineData(16, 32, 7, 28)]
    [InlineData(32, 1, 3, 28)]
    [InlineData(3, 1, 3, 16)]  // experiment 4's
    [InlineData(1, 3, 3, 16)]
    public void The_experiments_shapes_have_a_right_route(long input, long output, long kernel, long side)
    {
        using var conv = new Convolution2d(input, output, kernel, kernel / 2);
        using var y = conv.forward(zeros(2, input, side, side));
        Assert.Equal([2, output, side, side], y.shape);
    }

    [Fact]
    public void The_input_gradient_by_forward_convolution_equals_autograd_in_float64()
    {
        using var scope = NewDisposeScope();
        using var generator = new Generator(4);
        foreach (var (k, padding) in new[] { (3L, 1L), (3L, 0L), (5L, 2L), (7L, 1L) })
        {
            var x = randn([2, 5, 11, 11], ScalarType.Float64, generator: generator).requires_grad_(true);
            var w = randn([3, 5, k, k], ScalarType.Float64, generator: generator);
            var y = nn.functional.conv2d(x, w, padding: [padding, padding]);
            var upstream = randn(y.shape, ScalarType.Float64, generator: generator);
            y.backward([upstream]);
            var byForward = ForwardConvolutionInputGradient.Of(upstream, w, padding);
            Assert.True(byForward.allclose(x.grad!, rtol: 1e-10, atol: 1e-10), $"k{k} padding {padding}");
        }
    }

    [Fact]
    public void Its_weights_load_from_and_into_nn_Conv2d()
    {
        using var reference = nn.Conv2d(4, 6, 3, padding: 1);
        using var conv = new Convolution2d(4, 6, 3, 1);
        Assert.Equal(reference.state_dict().Keys.OrderBy(k => k), conv.state_dict().Keys.OrderBy(k => k));
        conv.load_state_dict(reference.state_dict());
        using var x = rand(2, 4, 9, 9);
        using var expected = reference.forward(x);
        using var actual = conv.forward(x);
        Assert.True(actual.allclose(expected, rtol: 1e-5, atol: 1e-6));
    }

    [Fact]
    public void Checking_a_new_shape_draws_no_global_random_numbers()
    {
        manual_seed(11);
        using var first = rand(5);
        manual_seed(11);
        using (var conv = new Convolution2d(3, 13, 3, 1))
        using (conv.forward(ones(1, 3, 19, 17))) { }
        using var second = rand(5);
        Assert.True(first.allclose(second, rtol: 0, atol: 0));
    }

    private static double Error(Tensor value, Tensor reference)
    {
        var e = ((value.to_type(ScalarType.Float64) - reference).abs().max() / reference.abs().max()).item<double>();
        return double.IsNaN(e) ? double.PositiveInfinity : e;
    }
}
