using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>A fitted neural k-means: the trained classifier, final labels and centroids, and the per-round history.</summary>
public sealed class NeuralKMeansResult : IDisposable
{
    private readonly int _inferenceBatchSize;

    internal NeuralKMeansResult(SmallCnnClassifier network, Tensor initialCentroids, Tensor centroids, int[] labels,
        IReadOnlyList<NeuralKMeansRound> rounds, IReadOnlyList<NeuralKMeansProgress> progress, int inferenceBatchSize)
    {
        (Network, InitialCentroids, Centroids, Labels, Rounds, Progress) = (network, initialCentroids, centroids, labels, rounds, progress);
        _inferenceBatchSize = inferenceBatchSize;
    }

    /// <summary>The trained classifier (owned by this result).</summary>
    public SmallCnnClassifier Network { get; }

    /// <summary>The k randomly picked samples the fit started from, [K, C, H, W].</summary>
    public Tensor InitialCentroids { get; }

    /// <summary>The centroids after the last round, [K, C, H, W].</summary>
    public Tensor Centroids { get; }

    /// <summary>The cluster of every training sample predicted in the last round.</summary>
    public int[] Labels { get; }

    /// <summary>Per-round snapshots of labels and centroids (empty when snapshots were turned off).</summary>
    public IReadOnlyList<NeuralKMeansRound> Rounds { get; }

    /// <summary>Per-round progress figures (always kept).</summary>
    public IReadOnlyList<NeuralKMeansProgress> Progress { get; }

    /// <summary>Predicted clusters (int64 [N]) for images [N, C, H, W] of the training shape, in batches without gradients.</summary>
    public Tensor Predict(Tensor images)
    {
        Network.CheckInput(images, nameof(images));
        return NeuralKMeans.PredictLabels(Network, images, _inferenceBatchSize);
    }

    /// <summary>Predicted clusters for images [N, C, H, W] as an int array (for the metrics).</summary>
    public int[] PredictArray(Tensor images)
    {
        using var labels = Predict(images);
        return NeuralKMeans.ToIntArray(labels);
    }

    /// <summary>Releases the network and every snapshot tensor.</summary>
    public void Dispose()
    {
        Network.Dispose();
        InitialCentroids.Dispose();
        Centroids.Dispose();
        foreach (var round in Rounds) round.Centroids.Dispose();
    }
}
