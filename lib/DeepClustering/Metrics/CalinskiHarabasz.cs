using DeepClustering.Numerics;
using TorchSharp;

namespace DeepClustering.Metrics;

/// <summary>The Calinski-Harabasz index (variance ratio criterion; higher is better).</summary>
public static class CalinskiHarabasz
{
    /// <summary>Between-cluster over within-cluster dispersion, scaled by (n - k) / (k - 1); 1 when the within dispersion is 0.</summary>
    /// <exception cref="ArgumentException">Fewer than 2 or more than n - 1 clusters, label count mismatch, non-finite data.</exception>
    public static double Score(Matrix<double> data, ReadOnlySpan<int> labels)
    {
        data.EnsureFinite(nameof(data));
        var encoding = MetricData.Labels(data.Rows, labels, "Calinski-Harabasz index");
        var centroids = ClusterCentroids.Compute(data, encoding);
        var k = encoding.Count;
        var overall = new double[data.Columns];
        for (var i = 0; i < data.Rows; i++)
        {
            var row = data.Row(i);
            for (var j = 0; j < overall.Length; j++) overall[j] += row[j];
        }
        for (var j = 0; j < overall.Length; j++) overall[j] /= data.Rows;

        double between = 0, within = 0;
        for (var c = 0; c < k; c++) between += centroids.Sizes[c] * ClusterCentroids.SquaredDistance(centroids.Mean(c), overall);
        for (var i = 0; i < data.Rows; i++) within += ClusterCentroids.SquaredDistance(data.Row(i), centroids.Mean(encoding.Codes[i]));
        return within == 0 ? 1.0 : between * (data.Rows - k) / (within * (k - 1.0));
    }

    /// <summary>The index for float32 data (computed in float64).</summary>
    public static double Score(Matrix<float> data, ReadOnlySpan<int> labels) => Score(ClusterCentroids.Widen(data), labels);

    /// <summary>The index for a 2-D tensor's rows (computed in float64).</summary>
    public static double Score(torch.Tensor data, ReadOnlySpan<int> labels) => Score(MatrixTensors.ToMatrixDouble(data), labels);
}
