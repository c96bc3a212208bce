using DeepClustering.Clustering;
using DeepClustering.Metrics;
using DeepClustering.Numerics;
using DeepClustering.Tests.Golden;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Clustering;

/// <summary>Seeding, restarts, determinism, empty clusters and Predict on seeded blobs.</summary>
public sealed class KMeansBehaviourTests
{
    [Theory]
    [InlineData(KMeansInit.KMeansPlusPlus)]
    [InlineData(KMeansInit.Random)]
    public void Same_seed_gives_same_result_and_separated_blobs_are_found(KMeansInit init)
    {
        var (data, truth) = TestData.Blobs(k: 4, perCluster: 50, d: 3, seed: 7, spread: 0.5, separation: 20);
        var options = new KMeansOptions { K = 4, Init = init, Restarts = 5, Seed = 11 };
        using var first = KMeans.Fit(data, options);
        using var second = KMeans.Fit(data, options);
        Assert.Equal(first.Labels, second.Labels);
        Assert.Equal(first.Inertia, second.Inertia);
        Assert.True(first.Converged);
        Assert.Equal(1.0, ClusterAccuracy.Hungarian(truth, first.Labels), 12);
        Assert.Equal(new long[] { 4, 3 }, first.Centroids.shape);
    }

    [Fact]
    public void More_restarts_never_raise_the_inertia()
    {
        var (data, _) = TestData.Blobs(k: 6, perCluster: 30, d: 2, seed: 3, spread: 3, separation: 8);
        using var one = KMeans.Fit(data, new KMeansOptions { K = 6, Init = KMeansInit.Random, Restarts = 1, Seed = 5 });
        using var many = KMeans.Fit(data, new KMeansOptions { K = 6, Init = KMeansInit.Random, Restarts = 8, Seed = 5 });
        Assert.True(many.Inertia <= one.Inertia);
    }

    [Fact]
    public void An_empty_cluster_takes_the_farthest_point_and_no_centroid_is_nan()
    {
        // Two identical starting centroids: the second gets no points in the first step.
        var data = new Matrix<double>([0, 0, 0, 1, 10, 10, 10, 11, 30, 0], 5, 2);
        using var init = tensor(new double[] { 0, 0, 0, 0, 10, 10 }, [3, 2]);
        using var result = KMeans.Fit(data, new KMeansOptions { K = 3, Init = KMeansInit.Given, InitialCentroids = init, DType = ScalarType.Float64 });
        var centroids = MatrixTensors.ToMatrixDouble(result.Centroids).Data;
        Assert.All(centroids, v => Assert.True(double.IsFinite(v)));
        Assert.Equal(3, result.Labels.Distinct().Count());
        Assert.Equal(1.0, result.Inertia, 9); // {(0,0),(0,1)}, {(10,10),(10,11)}, {(30,0)}
    }

    [Fact]
    public void K_equal_to_n_puts_every_point_in_its_own_cluster()
    {
        var data = new Matrix<float>([1, 2, 3, 4, 5, 6], 3, 2);
        using var result = KMeans.Fit(data, new KMeansOptions { K = 3 });
        Assert.Equal(3, result.Labels.Distinct().Count());
        Assert.Equal(0.0, result.Inertia, 9);
    }

    [Fact]
    public void Many_clusters_take_the_matrix_product_path_and_agree_with_predict()
    {
        var (data, truth) = TestData.Blobs(k: 40, perCluster: 5, d: 3, seed: 21, spread: 0.01, separation: 50);
        using var x = MatrixTensors.ToTensor(data, ScalarType.Float64);
        using var init = x.narrow(0, 0, 40); // Blobs lays the clusters out round-robin: rows 0..39 are one per cluster
        using var result = KMeans.Fit(x, new KMeansOptions { K = 40, Init = KMeansInit.Given, InitialCentroids = init,
            DType = ScalarType.Float64 });
        Assert.Equal(1.0, ClusterAccuracy.Hungarian(truth, result.Labels), 12);
        using var predicted = KMeans.Predict(x, result.Centroids);
        Assert.Equal(result.Labels, LabelArray.From(predicted));
    }

    [Fact]
    public void Predict_returns_the_nearest_centroid()
    {
        using var centroids = tensor(new float[] { 0, 0, 10, 10 }, [2, 2]);
        using var x = tensor(new float[] { 1, 1, 9, 8, -3, 0, 6, 6 }, [4, 2]);
        using var labels = KMeans.Predict(x, centroids, batchSize: 3);
        Assert.Equal(new long[] { 0, 1, 0, 1 }, labels.data<long>().ToArray());
    }

    [Fact]
    public void Small_batches_give_the_same_result_as_one_block()
    {
        var (data, _) = TestData.Blobs(k: 3, perCluster: 40, d: 4, seed: 9, spread: 2, separation: 5);
        using var whole = KMeans.Fit(data, new KMeansOptions { K = 3, Seed = 2, DType = ScalarType.Float64 });
        using var blocked = KMeans.Fit(data, new KMeansOptions { K = 3, Seed = 2, DType = ScalarType.Float64,
            BatchSize = 7 });
        Assert.Equal(whole.Labels, blocked.Labels);
        Assert.Equal(whole.Inertia, blocked.Inertia, 9);
    }
}
