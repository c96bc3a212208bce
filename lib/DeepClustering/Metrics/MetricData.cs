using DeepClustering.Numerics;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Metrics;

/// <summary>Checks and converts the (data, labels) pair that the data-based metrics take into a float64 tensor and dense label codes.</summary>
internal static class MetricData
{
    public static Tensor ToTensor(Matrix<double> data)
    {
        data.EnsureFinite(nameof(data));
        return MatrixTensors.ToTensor(data, ScalarType.Float64);
    }

    public static Tensor ToTensor(Matrix<float> data)
    {
        data.EnsureFinite(nameof(data));
        return MatrixTensors.ToTensor(data, ScalarType.Float64);
    }

    public static Tensor ToTensor(Tensor data) => MatrixTensors.PrepareInput(data, ScalarType.Float64, nameof(data));

    /// <summary>Encodes labels after checking the count matches the data and that 2 &lt;= clusters &lt;= n - 1 (scikit-learn's rule).</summary>
    public static LabelEncoding Labels(long rows, ReadOnlySpan<int> labels, string metric, bool allowSingletonsOnly = false)
    {
        if (labels.Length != rows)
            throw new ArgumentException($"{metric}: {labels.Length} labels for {rows} samples.", nameof(labels));
        var encoding = LabelEncoding.Encode(labels);
        var upper = allowSingletonsOnly ? rows : rows - 1;
        if (encoding.Count < 2 || encoding.Count > upper)
            throw new ArgumentException($"{metric} needs between 2 and {upper} distinct labels; got {encoding.Count} for {rows} samples.", nameof(labels));
        return encoding;
    }
}
