using System.Runtime.InteropServices;
using System.Security.Cryptography;
using DeepClustering.Clustering;
using DeepClustering.Numerics;
using DeepClustering.Tests.Golden;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Clustering;

/// <summary>
/// Pins labels and inertia of float32 and float64 runs on overlapping blobs to what the implementation gave before the
/// Lloyd sweep was rewritten for speed (issue 20): the same seed and init must keep giving the same labels and an inertia
/// within 1e-6 relative. k = 10 and 7 cover the four-centroid blocks and the remainder.
/// </summary>
public sealed class KMeansPinnedResultTests
{
    [Theory]
    [InlineData(10, "float32", 14176867.602562387, "ed9cc846ce07db3b", 32)]
    [InlineData(7, "float32", 14600434.195194053, "0616d46788ded029", 23)]
    [InlineData(10, "float64", 14176867.567260295, "ed9cc846ce07db3b", 32)]
    public void Labels_and_inertia_stay_what_they_were(int k, string dtype, double inertia, string labelsDigest, int iterations)
    {
        var (data, _) = TestData.Blobs(k: 12, perCluster: 400, d: 37, seed: 21, spread: 9, separation: 6);
        using var x = MatrixTensors.ToTensor(data, ScalarType.Float64);
        var options = new KMeansOptions { K = k, Seed = 5, DType = dtype == "float64" ? ScalarType.Float64 : ScalarType.Float32 };
        using var result = KMeans.Fit(x, options);
        var labels = result.Labels.Select(l => (long)l).ToArray();  // hashed as int64, as pinned
        var digest = Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(labels.AsSpan())))[..16];
        Assert.True(digest == labelsDigest && result.Iterations == iterations && Math.Abs(result.Inertia - inertia) <= 1e-6 * inertia,
            $"k {k} {dtype}: got labels {digest}, {result.Iterations} iterations, inertia {result.Inertia:R}");
    }
}
