using DeepClustering.Numerics;

namespace DeepClustering.Metrics;

/// <summary>Per-cluster means of a data set, shared by the centroid-based indices.</summary>
internal sealed class ClusterCentroids
{
    private ClusterCentroids(double[] means, long[] sizes, int columns)
    {
        Means = means;
        Sizes = sizes;
        Columns = columns;
    }

    /// <summary>Row-major (clusters, columns) means.</summary>
    public double[] Means { get; }

    /// <summary>Samples per cluster.</summary>
    public long[] Sizes { get; }

    /// <summary>The number of features.</summary>
    public int Columns { get; }

    /// <summary>Mean of cluster <paramref name="c"/>.</summary>
    public ReadOnlySpan<double> Mean(int c) => Means.AsSpan(c * Columns, Columns);

    public static ClusterCentroids Compute(Matrix<double> data, LabelEncoding encoding)
    {
        int d = data.Columns, k = encoding.Count;
        var means = new double[k * d];
        var sizes = encoding.Counts();
        for (var i = 0; i < data.Rows; i++)
        {
            var row = data.Row(i);
            var sum = means.AsSpan(encoding.Codes[i] * d, d);
            for (var j = 0; j < d; j++) sum[j] += row[j];
        }
        for (var c = 0; c < k; c++)
            for (var j = 0; j < d; j++) means[c * d + j] /= sizes[c];
        return new ClusterCentroids(means, sizes, d);
    }

    /// <summary>Squared Euclidean distance between two vectors.</summary>
    public static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var s = 0.0;
        for (var j = 0; j < a.Length; j++) { var t = a[j] - b[j]; s += t * t; }
        return s;
    }

    /// <summary>Converts float32 data to float64 (the centroid indices accumulate in double).</summary>
    public static Matrix<double> Widen(Matrix<float> data)
    {
        var wide = new double[data.Data.Length];
        for (var i = 0; i < wide.Length; i++) wide[i] = data.Data[i];
        return new Matrix<double>(wide, data.Rows, data.Columns);
    }
}
