using DeepClustering.Torch;
using DeepClustering.Training;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Training;

public sealed class KerasCrossEntropyTests
{
    [Fact]
    public void Rows_are_renormalised_and_clipped_to_keras_fuzz_factor()
    {
        TorchRuntime.EnsureInitialized();
        using var scope = NewDisposeScope();
        var probabilities = tensor(new double[] { 0.2, 0.6, 0.2, 1, 0, 0, 1, 0, 0, 2, 1, 1 }, 4, 3);
        var classes = tensor(new long[] { 1, 0, 1, 0 });
        var losses = KerasCrossEntropy.PerSample(probabilities, classes).data<double>().ToArray();
        Assert.Equal(-Math.Log(0.6), losses[0], 12);
        Assert.Equal(-Math.Log(1 - 1e-7), losses[1], 12);  // a certain right answer still costs Keras' fuzz
        Assert.Equal(-Math.Log(1e-7), losses[2], 12);      // a certain wrong answer is capped at -log(1e-7)
        Assert.Equal(-Math.Log(0.5), losses[3], 12);       // [2, 1, 1] is read as [0.5, 0.25, 0.25]
    }

    [Fact]
    public void The_gradient_is_zero_where_a_probability_is_clipped()
    {
        TorchRuntime.EnsureInitialized();
        using var scope = NewDisposeScope();
        var logits = tensor(new double[] { 40, 0, 0, 0.5, 0, 0 }, 2, 3).requires_grad_();
        KerasCrossEntropy.PerSample(nn.functional.softmax(logits, 1), tensor(new long[] { 0, 0 })).sum().backward();
        var gradient = logits.grad!.data<double>().ToArray();
        Assert.All(gradient[..3], g => Assert.Equal(0.0, g));
        Assert.True(Math.Abs(gradient[3]) > 0.1);
    }
}
