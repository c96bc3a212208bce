using DeepClustering.Numerics;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Metrics;

/// <summary>
/// The Dunn index: the smallest distance between two points of different clusters divided by the largest distance between two
/// points of the same cluster (Euclidean). Computed blockwise over the upper triangle of the distance matrix (no n x n matrix);
/// the two extreme pairs are re-measured exactly from their coordinates.
/// </summary>
public static class DunnIndex
{
    /// <summary>
    /// The Dunn index; 0 when two points of different clusters coincide (the clusters touch), +infinity when the clusters
    /// are apart and no cluster has two distinct points (no intra-cluster distance).
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than 2 clusters, label count mismatch or non-finite data.</exception>
    public static double Score(Matrix<double> data, ReadOnlySpan<int> labels)
    {
        using var x = MetricData.ToTensor(data);
        return Score(x, labels);
    }

    /// <summary>The Dunn index of float32 data (distances in float64).</summary>
    public static double Score(Matrix<float> data, ReadOnlySpan<int> labels)
    {
        using var x = MetricData.ToTensor(data);
        return Score(x, labels);
    }

    /// <summary>The Dunn index of a 2-D tensor's rows (distances in float64).</summary>
    public static double Score(Tensor data, ReadOnlySpan<int> labels, int block = PairwiseBlocks.DefaultBlock)
    {
        using var scope = NewDisposeScope();
        var x = MetricData.ToTensor(data);
        var encoding = MetricData.Labels(x.shape[0], labels, "Dunn index", allowSingletonsOnly: true);
        var codes = torch.tensor(encoding.Codes.Select(c => (long)c).ToArray());
        double maxIntra = -1, minInter = double.PositiveInfinity;
        (long I, long J) farPair = (-1, -1), nearPair = (-1, -1);
        PairwiseBlocks.ForEach(x, block, (i0, j0, d2) =>
        {
            var rows = d2.shape[0];
            var columns = d2.shape[1];
            var same = codes.narrow(0, i0, rows).unsqueeze(1).eq(codes.narrow(0, j0, columns).unsqueeze(0));
            var intra = d2.masked_fill(same.logical_not(), -1.0).flatten();
            var inter = d2.masked_fill(same, double.PositiveInfinity).flatten();
            var far = intra.argmax().item<long>();
            var near = inter.argmin().item<long>();
            var farValue = intra[far].item<double>();
            var nearValue = inter[near].item<double>();
            if (farValue > maxIntra) { maxIntra = farValue; farPair = (i0 + far / columns, j0 + far % columns); }
            if (nearValue < minInter) { minInter = nearValue; nearPair = (i0 + near / columns, j0 + near % columns); }
        });
        var numerator = PairwiseBlocks.Distance(x, nearPair.I, nearPair.J);
        var denominator = farPair.I == farPair.J ? 0.0 : PairwiseBlocks.Distance(x, farPair.I, farPair.J);
        // Clusters that touch or coincide (two points of different clusters at distance 0) score 0, the worst, whatever
        // their diameters; only separated clusters without any spread give +infinity.
        if (numerator == 0) return 0;
        return denominator > 0 ? numerator / denominator : double.PositiveInfinity;
    }
}
