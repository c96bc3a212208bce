using DeepClustering.Clustering;
using DeepClustering.Numerics;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Clustering;

/// <summary>Bad input gives an ArgumentException that says what is wrong.</summary>
public sealed class KMeansErrorTests
{
    private static readonly Matrix<double> Four = new([0, 0, 1, 1, 2, 2, 3, 3], 4, 2);

    [Theory]
    [InlineData(0, "at least 1")]
    [InlineData(-2, "at least 1")]
    [InlineData(5, "K = 5 clusters from 4 samples")]
    public void Bad_k_is_rejected(int k, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => KMeans.Fit(Four, new KMeansOptions { K = k }));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void No_samples_is_rejected()
    {
        using var empty = zeros(0, 3);
        var error = Assert.ThrowsAny<ArgumentException>(() => KMeans.Fit(empty, new KMeansOptions { K = 1 }));
        Assert.Contains("0 rows", error.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_values_are_rejected(double bad)
    {
        var data = new Matrix<double>([0, 0, 1, bad, 2, 2], 3, 2);
        var error = Assert.ThrowsAny<ArgumentException>(() => KMeans.Fit(data, new KMeansOptions { K = 2 }));
        Assert.Contains("row 1, column 1", error.Message);
    }

    [Fact]
    public void Given_init_needs_centroids_of_the_right_shape()
    {
        Assert.ThrowsAny<ArgumentException>(() => KMeans.Fit(Four, new KMeansOptions { K = 2, Init = KMeansInit.Given }));
        using var wrong = zeros(3, 2, ScalarType.Float64);
        var error = Assert.ThrowsAny<ArgumentException>(() => KMeans.Fit(Four, new KMeansOptions { K = 2, Init = KMeansInit.Given, InitialCentroids = wrong }));
        Assert.Contains("InitialCentroids must be [K, features] = [2, 2]; got shape [3, 2]", error.Message);
    }

    [Fact]
    public void Bad_options_and_shapes_are_rejected()
    {
        Assert.ThrowsAny<ArgumentException>(() => KMeans.Fit(Four, new KMeansOptions { K = 2, Restarts = 0 }));
        Assert.ThrowsAny<ArgumentException>(() => KMeans.Fit(Four, new KMeansOptions { K = 2, MaxIterations = 0 }));
        Assert.ThrowsAny<ArgumentException>(() => KMeans.Fit(Four, new KMeansOptions { K = 2, Tolerance = -1 }));
        Assert.ThrowsAny<ArgumentException>(() => KMeans.Fit(Four, new KMeansOptions { K = 2, DType = ScalarType.Int32 }));
        using var vector = zeros(5);
        Assert.ThrowsAny<ArgumentException>(() => KMeans.Fit(vector, new KMeansOptions { K = 2 }));
        using var centroids = zeros(2, 3);
        using var x = zeros(4, 2);
        Assert.ThrowsAny<ArgumentException>(() => KMeans.Predict(x, centroids));
    }
}
