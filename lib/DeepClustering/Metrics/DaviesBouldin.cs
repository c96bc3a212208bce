using DeepClustering.Numerics;
using TorchSharp;

namespace DeepClustering.Metrics;

/// <summary>The Davies-Bouldin index (lower is better): mean over clusters of the worst (s_i + s_j) / |c_i - c_j| ratio.</summary>
public static class DaviesBouldin
{
    /// <summary>The index as scikit-learn defines it (0 when all clusters or all centroids coincide).</summary>
    /// <exception cref="ArgumentException">Fewer than 2 or more than n - 1 clusters, label count mismatch, non-finite data.</exception>
    public static double Score(Matrix<double> data, ReadOnlySpan<int> labels)
    {
        data.EnsureFinite(nameof(data));
        var encoding = MetricData.Labels(data.Rows, labels, "Davies-Bouldin index");
        var centroids = ClusterCentroids.Compute(data, encoding);
        var k = encoding.Count;
        var spread = new double[k];
        for (var i = 0; i < data.Rows; i++)
            spread[encoding.Codes[i]] += Math.Sqrt(ClusterCentroids.SquaredDistance(data.Row(i), centroids.Mean(encoding.Codes[i])));
        for (var c = 0; c < k; c++) spread[c] /= centroids.Sizes[c];

        var separation = new double[k, k];
        for (var a = 0; a < k; a++)
            for (var b = 0; b < k; b++)
                separation[a, b] = Math.Sqrt(ClusterCentroids.SquaredDistance(centroids.Mean(a), centroids.Mean(b)));
        if (spread.All(s => Math.Abs(s) <= 1e-8) || separation.Cast<double>().All(s => Math.Abs(s) <= 1e-8)) return 0.0;

        var total = 0.0;
        for (var a = 0; a < k; a++)
        {
            var worst = double.NegativeInfinity;
            for (var b = 0; b < k; b++)
            {
                var distance = separation[a, b] == 0 ? double.PositiveInfinity : separation[a, b];
                worst = Math.Max(worst, (spread[a] + spread[b]) / distance);
            }
            total += worst;
        }
        return total / k;
    }

    /// <summary>The index for float32 data (computed in float64).</summary>
    public static double Score(Matrix<float> data, ReadOnlySpan<int> labels) => Score(ClusterCentroids.Widen(data), labels);

    /// <summary>The index for a 2-D tensor's rows (computed in float64).</summary>
    public static double Score(torch.Tensor data, ReadOnlySpan<int> labels) => Score(MatrixTensors.ToMatrixDouble(data), labels);
}
