using DeepClustering.Clustering;
using DeepClustering.Numerics;
using DeepClustering.Tests.Golden;
using DeepClustering.Tests.Metrics;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Clustering;

/// <summary>k-means from scikit-learn's initial centroids reaches scikit-learn 1.2.1's inertia (relative 1e-5), labels and iteration count.</summary>
public sealed class GoldenKMeansTests
{
    public static TheoryData<string, ScalarType> Cases()
    {
        var data = new TheoryData<string, ScalarType>();
        foreach (var name in GoldenCase.Names)
            foreach (var dtype in new[] { ScalarType.Float64, ScalarType.Float32 })
                data.Add(name, dtype);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lloyd_from_given_centroids_matches_scikit_learn(string name, ScalarType dtype)
    {
        var golden = GoldenCase.Load(name);
        if (golden.KMeans is not { } expected || golden.Data is not { } data) return; // no k-means in this case, or MNIST absent
        var initIndices = GoldenCase.Ints(expected.GetProperty("init_indices"));
        using var x = MatrixTensors.ToTensor(data, ScalarType.Float64);
        using var init = x.index_select(0, tensor(initIndices.Select(i => (long)i).ToArray()));
        var options = new KMeansOptions
        {
            K = expected.GetProperty("k").GetInt32(),
            Init = KMeansInit.Given,
            InitialCentroids = init,
            MaxIterations = expected.GetProperty("max_iter").GetInt32(),
            Tolerance = expected.GetProperty("tol").GetDouble(),
            DType = dtype,
        };
        using var result = KMeans.Fit(x, options);
        GoldenMetricTests.AssertClose(expected.GetProperty("inertia").GetDouble(), result.Inertia, 1e-5);
        Assert.Equal(GoldenCase.Ints(expected.GetProperty("labels")), result.Labels);
        Assert.Equal(expected.GetProperty("n_iter").GetInt32(), result.Iterations);
        var centroids = MatrixTensors.ToMatrixDouble(result.Centroids).Data;
        var expectedCentroids = expected.GetProperty("centroids").EnumerateArray().SelectMany(GoldenCase.Doubles).ToArray();
        for (var i = 0; i < centroids.Length; i++)
            Assert.True(Math.Abs(centroids[i] - expectedCentroids[i]) <= 1e-4 * (1 + Math.Abs(expectedCentroids[i])), $"centroid value {i}: {centroids[i]} vs {expectedCentroids[i]}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Kmeans_plus_plus_with_ten_restarts_is_as_good_as_scikit_learns(string name, ScalarType dtype)
    {
        var golden = GoldenCase.Load(name);
        if (golden.KMeans is not { } expected || golden.Data is not { } data) return;
        using var result = KMeans.Fit(data, new KMeansOptions
        {
            K = expected.GetProperty("k").GetInt32(),
            Restarts = 10,
            MaxIterations = expected.GetProperty("max_iter").GetInt32(),
            Tolerance = expected.GetProperty("tol").GetDouble(),
            DType = dtype,
        });
        var reference = expected.GetProperty("kmeanspp_n_init_10_inertia").GetDouble();
        Assert.True(result.Inertia <= reference * 1.01, $"inertia {result.Inertia:R}, scikit-learn's k-means++ {reference:R}");
    }
}
