using DeepClustering.Numerics;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Metrics;

/// <summary>
/// The silhouette coefficient with exact Euclidean distances (float64), computed blockwise so that no n x n matrix is held:
/// each distance block is computed once (the matrix is symmetric) and folded into per-sample, per-cluster distance sums.
/// </summary>
public static class Silhouette
{
    /// <summary>Mean silhouette over all samples, or over a seeded random sample of <paramref name="sampleSize"/> of them.</summary>
    /// <exception cref="ArgumentException">Fewer than 2 or more than n - 1 clusters, label count mismatch, non-finite data, bad sample size.</exception>
    public static double Score(Matrix<double> data, ReadOnlySpan<int> labels, int? sampleSize = null, int seed = 0)
    {
        using var x = MetricData.ToTensor(data);
        return Score(x, labels, sampleSize, seed);
    }

    /// <summary>Mean silhouette of float32 data (distances in float64).</summary>
    public static double Score(Matrix<float> data, ReadOnlySpan<int> labels, int? sampleSize = null, int seed = 0)
    {
        using var x = MetricData.ToTensor(data);
        return Score(x, labels, sampleSize, seed);
    }

    /// <summary>Mean silhouette of a 2-D tensor's rows (distances in float64).</summary>
    public static double Score(Tensor data, ReadOnlySpan<int> labels, int? sampleSize = null, int seed = 0)
    {
        using var scope = NewDisposeScope();
        var x = MetricData.ToTensor(data);
        var codes = labels.ToArray();
        if (sampleSize is { } size)
        {
            OptionOutOfRangeException.ThrowUnless(size >= 2 && size <= x.shape[0], nameof(sampleSize), size,
                $"in [2, {x.shape[0]}] (the rows)");
            var picked = SeededSample.Indices((int)x.shape[0], size, seed);
            x = x.index_select(0, torch.tensor(picked.Select(i => (long)i).ToArray()));
            var subset = new int[size];
            for (var i = 0; i < size; i++) subset[i] = labels[picked[i]];
            codes = subset;
        }
        return Samples(x, codes).Average();
    }

    /// <summary>The silhouette of every sample: (b - a) / max(a, b), 0 for samples alone in their cluster.</summary>
    public static double[] Samples(Matrix<double> data, ReadOnlySpan<int> labels)
    {
        using var x = MetricData.ToTensor(data);
        return Samples(x, labels);
    }

    /// <summary>The silhouette of every row of a 2-D tensor.</summary>
    public static double[] Samples(Tensor data, ReadOnlySpan<int> labels, int block = PairwiseBlocks.DefaultBlock)
    {
        using var scope = NewDisposeScope();
        var x = MetricData.ToTensor(data);
        var n = (int)x.shape[0];
        var encoding = MetricData.Labels(n, labels, "Silhouette");
        var k = encoding.Count;
        var codes = torch.tensor(encoding.Codes.Select(c => (long)c).ToArray());
        var sums = torch.zeros(n, k, ScalarType.Float64);
        var hot = torch.nn.functional.one_hot(codes, k).to_type(ScalarType.Float64); // n x k, built once
        PairwiseBlocks.ForEach(x, block, (i0, j0, d2) =>
        {
            var distances = d2.sqrt_();
            var rows = distances.shape[0];
            var columns = distances.shape[1];
            sums.narrow(0, i0, rows).addmm_(distances, hot.narrow(0, j0, columns));
            if (i0 != j0) sums.narrow(0, j0, columns).addmm_(distances.t(), hot.narrow(0, i0, rows));
        });
        return FromClusterSums(sums.data<double>().ToArray(), encoding);
    }

    private static double[] FromClusterSums(double[] sums, LabelEncoding encoding)
    {
        var k = encoding.Count;
        var sizes = encoding.Counts();
        var result = new double[encoding.Codes.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var own = encoding.Codes[i];
            if (sizes[own] <= 1) continue; // a lone sample's silhouette is 0 by convention
            var a = sums[(long)i * k + own] / (sizes[own] - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
                if (c != own) b = Math.Min(b, sums[(long)i * k + c] / sizes[c]);
            var scale = Math.Max(a, b);
            result[i] = scale > 0 ? (b - a) / scale : 0.0;
        }
        return result;
    }
}
