using DeepClustering.Metrics;
using DeepClustering.Numerics;
using TorchSharp;
using static DeepClustering.OptionOutOfRangeException;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>
/// k-means (Lloyd's algorithm) on TorchSharp, matching scikit-learn's <c>KMeans(algorithm="lloyd")</c>: the data are centred
/// on their mean for precision, the tolerance is relative to the mean per-feature variance, distances come from one matrix
/// product per block of rows, and the restart with the lowest inertia is kept.
/// </summary>
public static class KMeans
{
    /// <summary>Clusters the rows of <paramref name="x"/> ([n, d], any floating dtype; not modified).</summary>
    /// <exception cref="ArgumentException">Bad options, no rows, K above n, wrong shapes, or NaN or infinite values.</exception>
    /// <example>
    /// Ten clusters of the rows of <c>x</c> [n, d], best of ten seeded k-means++ starts:
    /// <code>
    /// using var result = KMeans.Fit(x, new KMeansOptions { K = 10, Restarts = 10, Seed = 0 });
    /// var labels = result.Labels;        // int[n]
    /// var centroids = result.Centroids;  // [10, d]
    /// </code>
    /// </example>
    public static KMeansResult Fit(Tensor x, KMeansOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        MatrixTensors.EnsureMatrixShape(x, nameof(x));
        var n = x.shape[0];
        if (n == 0) throw new ArgumentException("k-means needs at least one sample; the data has 0 rows.", nameof(x));
        if (x.shape[1] == 0) throw new ArgumentException("k-means needs at least one feature; the data has 0 columns.", nameof(x));
        if (!x.is_floating_point()) throw new ArgumentException($"Expected a floating-point tensor, got {x.dtype}.", nameof(x));
        ThrowUnless(options.K <= n,
            nameof(options.K), options.K,
            $"at most the number of samples (k-means cannot make K = {options.K} clusters from {n} samples)");

        using var scope = NewDisposeScope();
        // A fresh contiguous copy, centred below (on huge pages where NativeHeap asked libtorch for them).
        var data = empty(x.shape, options.DType).copy_(x.detach().cpu());
        var mean = data.mean([0], keepdim: true);
        if (!torch.isfinite(mean).all().item<bool>()) // NaN or infinity propagates into the mean: find and name it
        {
            MatrixTensors.PrepareInput(x, options.DType, nameof(x)).Dispose();
            throw new ArgumentException("The column sums overflow; scale the data down.", nameof(x));
        }
        data.sub_(mean);
        // scikit-learn's tolerance: tol x the mean per-feature variance, i.e. |centred data|^2 / (n d).
        var norm = data.norm().to_type(ScalarType.Float64).item<double>();
        var tolerance = options.Tolerance * norm * norm / ((double)n * data.shape[1]);
        var blockRows = NearestCentroid.BlockRows(options.BatchSize, n, options.K);
        var random = new Random(options.Seed);
        var restarts = options.Init == KMeansInit.Given ? 1 : options.Restarts;
        KMeansResult? best = null; // in centred coordinates until the end
        try
        {
            for (var r = 0; r < restarts; r++)
            {
                using var restartScope = NewDisposeScope();
                var initial = InitialCentroids(data, mean, options, random);
                var run = LloydRun.Run(data, initial, options.MaxIterations, tolerance, blockRows);
                if (best is null || run.Inertia < best.Inertia)
                {
                    best?.Dispose();
                    best = run;
                }
                else run.Dispose();
            }
            var centroids = (best!.Centroids + mean).DetachFromDisposeScope();
            return new KMeansResult(best.Labels, centroids, best.Inertia, best.Iterations, best.Converged);
        }
        finally
        {
            best?.Dispose();
        }
    }

    /// <summary>Clusters the rows of a float32 matrix.</summary>
    public static KMeansResult Fit(Matrix<float> x, KMeansOptions options)
    {
        using var tensor = MatrixTensors.ToTensor(x, ScalarType.Float32);
        return Fit(tensor, options);
    }

    /// <summary>Clusters the rows of a float64 matrix.</summary>
    public static KMeansResult Fit(Matrix<double> x, KMeansOptions options)
    {
        using var tensor = MatrixTensors.ToTensor(x, ScalarType.Float64);
        return Fit(tensor, options);
    }

    /// <summary>
    /// The nearest centroid of every row of <paramref name="x"/> as labels (the form every result and metric takes);
    /// see <see cref="Predict"/>.
    /// </summary>
    public static int[] PredictLabels(Tensor x, Tensor centroids, int batchSize = 0)
    {
        using var labels = Predict(x, centroids, batchSize);
        return LabelArray.From(labels);
    }

    /// <summary>The nearest centroid (int64 [n]) of every row of <paramref name="x"/>, computed in the centroids' dtype.</summary>
    /// <exception cref="ArgumentException">Shapes disagree, no centroids, or NaN or infinite values.</exception>
    public static Tensor Predict(Tensor x, Tensor centroids, int batchSize = 0)
    {
        MatrixTensors.EnsureMatrixShape(x, nameof(x));
        MatrixTensors.EnsureMatrixShape(centroids, nameof(centroids));
        if (centroids.shape[0] == 0) throw new ArgumentException("Predict needs at least one centroid.", nameof(centroids));
        if (x.shape[1] != centroids.shape[1])
            throw new ArgumentException($"The data have {x.shape[1]} features but the centroids {centroids.shape[1]}.", nameof(x));
        using var scope = NewDisposeScope();
        var dtype = centroids.dtype == ScalarType.Float64 ? ScalarType.Float64 : ScalarType.Float32;
        var data = MatrixTensors.PrepareInput(x, dtype, nameof(x));
        var centers = MatrixTensors.PrepareInput(centroids, dtype, nameof(centroids));
        var labels = torch.empty(data.shape[0], ScalarType.Int64);
        NearestCentroid.Assign(data, centers, NearestCentroid.BlockRows(batchSize, data.shape[0], centers.shape[0]), labels);
        return labels.DetachFromDisposeScope();
    }

    private static Tensor InitialCentroids(Tensor data, Tensor mean, KMeansOptions options, Random random)
    {
        var n = (int)data.shape[0];
        switch (options.Init)
        {
            case KMeansInit.KMeansPlusPlus:
                return data.index_select(0, torch.tensor(KMeansPlusPlus.Seeds(data, options.K, random)));
            case KMeansInit.Random:
                return data.index_select(0, torch.tensor(SeededSample.Indices(n, options.K, random).Select(i => (long)i).ToArray()));
            default:
                var given = options.InitialCentroids
                    ?? throw new OptionOutOfRangeException(nameof(options.InitialCentroids), null, "set when Init is KMeansInit.Given");
                MatrixTensors.EnsureMatrixShape(given, nameof(options.InitialCentroids));
                ThrowUnless(given.shape[0] == options.K && given.shape[1] == data.shape[1],
                    nameof(options.InitialCentroids),
                    $"shape [{given.shape[0]}, {given.shape[1]}]", $"[K, features] = [{options.K}, {data.shape[1]}]");
                return MatrixTensors.PrepareInput(given, options.DType, nameof(options.InitialCentroids)).sub_(mean);
        }
    }
}
