using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Numerics;

/// <summary>
/// Principal component analysis by the eigen-decomposition of the covariance matrix in float64 (exact, no random step, so
/// no seed is needed and the same data always gives the same axes). Each axis is signed so that its largest-magnitude
/// loading is positive, which makes projections comparable between runs.
/// </summary>
public sealed class Pca : IDisposable
{
    private readonly Tensor _mean;
    private readonly Tensor _axes;

    private Pca(Tensor mean, Tensor axes, double[] variance, double totalVariance)
    {
        _mean = mean;
        _axes = axes;
        ExplainedVariance = variance;
        ExplainedVarianceRatio = variance.Select(v => totalVariance > 0 ? v / totalVariance : 0).ToArray();
    }

    /// <summary>Number of components kept.</summary>
    public int Components => ExplainedVariance.Count;

    /// <summary>Input dimension.</summary>
    public long Features => _mean.shape[0];

    /// <summary>Variance of the data along each kept axis (n - 1 denominator), largest first.</summary>
    public IReadOnlyList<double> ExplainedVariance { get; }

    /// <summary>Share of the total variance along each kept axis.</summary>
    public IReadOnlyList<double> ExplainedVarianceRatio { get; }

    /// <summary>The axes as a float64 [components, features] tensor (a copy the caller owns).</summary>
    public Tensor Axes => _axes.clone();

    /// <summary>Fits <paramref name="components"/> axes to <paramref name="data"/> shaped [n, features].</summary>
    public static Pca Fit(Tensor data, int components = 2)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.dim() != 2)
            throw new ArgumentException($"PCA expects data shaped [n, features], got [{string.Join(", ", data.shape)}].", nameof(data));
        long n = data.shape[0], d = data.shape[1];
        if (n < 2) throw new ArgumentException($"PCA needs at least 2 rows, got {n}.", nameof(data));
        OptionOutOfRangeException.ThrowUnless(components >= 1 && components <= d, nameof(components), components,
            $"1..{d} (the number of features)");
        using var scope = NewDisposeScope();
        var x = data.detach().cpu().to_type(ScalarType.Float64);
        if (!x.isfinite().all().item<bool>())
            throw new ArgumentException("PCA input contains NaN or infinite values.", nameof(data));
        var mean = x.mean([0L]);
        var centred = x - mean;
        var covariance = centred.t().matmul(centred) / (n - 1);
        var (values, vectors) = linalg.eigh(covariance);
        // eigh sorts ascending: take the last columns, largest first.
        var order = arange(d - 1, d - 1 - components, -1, dtype: ScalarType.Int64);
        var axes = vectors.index_select(1, order).t().contiguous();
        var largest = axes.abs().argmax(1, keepdim: true);
        var signs = axes.gather(1, largest).sign();
        axes = axes * where(signs == 0, ones_like(signs), signs);
        double[] variance = values.index_select(0, order).clamp_min(0).data<double>().ToArray();
        double total = covariance.diagonal().sum().item<double>();
        return new Pca(mean.MoveToOuterDisposeScope(), axes.MoveToOuterDisposeScope(), variance, total);
    }

    /// <summary>Fits on <paramref name="data"/> and returns its projection as [n, components] numbers.</summary>
    public static double[,] Project(Tensor data, int components = 2)
    {
        using var pca = Fit(data, components);
        return pca.TransformToArray(data);
    }

    /// <summary>Projects <paramref name="data"/> [n, features] onto the axes: a float64 [n, components] tensor.</summary>
    public Tensor Transform(Tensor data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.dim() != 2 || data.shape[1] != Features)
            throw new ArgumentException($"Expected data shaped [n, {Features}], got [{string.Join(", ", data.shape)}].", nameof(data));
        using var scope = NewDisposeScope();
        var x = data.detach().cpu().to_type(ScalarType.Float64);
        return (x - _mean).matmul(_axes.t()).MoveToOuterDisposeScope();
    }

    /// <summary>Projects <paramref name="data"/> and copies the result into a [n, components] array.</summary>
    public double[,] TransformToArray(Tensor data)
    {
        using var projected = Transform(data);
        long n = projected.shape[0];
        var values = projected.contiguous().data<double>().ToArray();
        var result = new double[n, Components];
        Buffer.BlockCopy(values, 0, result, 0, values.Length * sizeof(double));
        return result;
    }

    /// <summary>Releases the native tensors.</summary>
    public void Dispose()
    {
        _mean.Dispose();
        _axes.Dispose();
    }
}
