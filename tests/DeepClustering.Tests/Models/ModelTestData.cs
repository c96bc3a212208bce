using static TorchSharp.torch;

namespace DeepClustering.Tests.Models;

/// <summary>Small seeded data sets for the model and training tests.</summary>
internal static class ModelTestData
{
    /// <summary>Gaussian blobs: k centres far apart in <paramref name="dimensions"/>-d, <paramref name="perCluster"/> points each, labels 0..k-1 in blocks.</summary>
    public static (Tensor Points, long[] Labels) Blobs(int k, int perCluster, int dimensions, double spread, double separation, long seed)
    {
        using var generator = new Generator((ulong)seed, CPU);
        var centres = randn([k, dimensions], generator: generator) * separation;
        var parts = new List<Tensor>();
        var labels = new long[k * perCluster];
        for (var c = 0; c < k; c++)
        {
            parts.Add(centres[c].unsqueeze(0) + randn([perCluster, dimensions], generator: generator) * spread);
            Array.Fill(labels, c, c * perCluster, perCluster);
        }
        return (cat(parts, 0), labels);
    }

    /// <summary>Smooth random images in [0, 1] of shape [n, channels, size, size] (blurred noise, so autoencoders can learn them).</summary>
    public static Tensor Images(int n, int channels, int size, long seed)
    {
        using var generator = new Generator((ulong)seed, CPU);
        var coarse = rand([n, channels, size / 4, size / 4], generator: generator);
        return nn.functional.interpolate(coarse, size: [size, size], mode: InterpolationMode.Bilinear, align_corners: false);
    }

    /// <summary>Asserts that every entry of two modules' state dicts is bit-identical.</summary>
    public static void AssertSameState(nn.Module expected, nn.Module actual)
    {
        var a = expected.state_dict();
        var b = actual.state_dict();
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (name, tensor) in a)
            Assert.True(Identical(tensor, b[name]), $"state entry '{name}' differs");
    }

    /// <summary>True when both tensors have the same shape and bit-identical values.</summary>
    public static bool Identical(Tensor a, Tensor b) => a.shape.SequenceEqual(b.shape) && a.eq(b).all().item<bool>();

    /// <summary>Best one-to-one cluster-to-class accuracy by trying every permutation (k &lt;= 6).</summary>
    public static double HungarianAccuracy(long[] truth, long[] predicted, int k)
    {
        var best = 0;
        foreach (var permutation in Permutations(Enumerable.Range(0, k).ToArray()))
        {
            var hits = 0;
            for (var i = 0; i < truth.Length; i++)
                if (permutation[predicted[i]] == truth[i]) hits++;
            best = Math.Max(best, hits);
        }
        return (double)best / truth.Length;
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1) { yield return items; yield break; }
        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
                yield return [items[i], .. tail];
        }
    }
}
