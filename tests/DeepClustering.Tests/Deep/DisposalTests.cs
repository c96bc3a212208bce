using DeepClustering.Deep;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Deep;

/// <summary>Training loops dispose their per-iteration tensors: the live-tensor count left behind does not depend on the iterations run.</summary>
[Collection(DeepCollection.Name)]
public sealed class DisposalTests : SingleThreadTorch
{
    private static long LiveTensors() => DisposeScopeManager.Statistics.ThreadTotalLiveCount;

    private static long LeftBehind(Action run)
    {
        var before = LiveTensors();
        run();
        return LiveTensors() - before;
    }

    [Fact]
    public void Dec_leaves_no_tensor_per_iteration()
    {
        using var x = rand(240, 10);
        long Run(int iterations) => LeftBehind(() =>
        {
            using var model = new DecModel(nn.Linear(10, 5), 4, 5);
            using var result = Dec.Fit(model, x, new DecOptions { BatchSize = 32, UpdateInterval = 20, MaxIterations = iterations, Tolerance = 0 });
        });
        Assert.Equal(Run(40), Run(300));
    }

    [Fact]
    public void Neural_kmeans_leaves_no_tensor_per_round()
    {
        using var images = rand(40, 1, 10, 10);
        long Run(int rounds) => LeftBehind(() =>
        {
            using var result = NeuralKMeans.Fit(images, new NeuralKMeansOptions { K = 3, Rounds = rounds, StepsPerRound = 2 });
            using var predicted = result.Predict(images);
        });
        Assert.Equal(Run(2), Run(12));
    }
}
