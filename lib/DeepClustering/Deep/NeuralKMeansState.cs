using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>
/// The tensors of a neural k-means fit as one module, so the model cache stores and loads them like weights: the
/// classifier, the starting and final centroids, and each round's centroids stacked [R, K, C, H, W].
/// </summary>
internal sealed class NeuralKMeansState : nn.Module
{
#pragma warning disable IDE1006 // TorchSharp registers fields under their names; these are the state-dict keys
    private readonly SmallCnnClassifier network;
    private readonly Tensor initial;
    private readonly Tensor centroids;
    private readonly Tensor rounds;
#pragma warning restore IDE1006

    public NeuralKMeansState(SmallCnnClassifier network, long[] centroidShape, int roundCount) : base(nameof(NeuralKMeansState))
    {
        this.network = network;
        initial = zeros(centroidShape);
        centroids = zeros(centroidShape);
        rounds = zeros([roundCount, .. centroidShape]);
        RegisterComponents();
    }

    /// <summary>Copies a fresh fit's weights and centroids in (before the cache stores this module).</summary>
    public void CopyFrom(NeuralKMeansResult fit)
    {
        using var _ = no_grad();
        foreach (var (name, tensor) in fit.Network.state_dict())
            network.state_dict()[name].copy_(tensor);
        initial.copy_(fit.InitialCentroids);
        centroids.copy_(fit.Centroids);
        for (var r = 0; r < fit.Rounds.Count; r++)
        {
            using var slot = rounds[r];
            slot.copy_(fit.Rounds[r].Centroids);
        }
    }

    /// <summary>A result that owns the classifier and copies of the centroids (this module can be dropped afterwards).</summary>
    public NeuralKMeansResult ToResult(NeuralKMeansSummary summary, int inferenceBatchSize)
    {
        var snapshots = summary.RoundLabels
            .Select((labels, r) => new NeuralKMeansRound(summary.Progress[r], labels, rounds[r].clone()))
            .ToList();
        return new NeuralKMeansResult(network, initial.clone(), centroids.clone(), summary.Labels, snapshots, summary.Progress, inferenceBatchSize);
    }
}
