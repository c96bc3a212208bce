using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Deep;

/// <summary>Small labelled blob data sets for the deep-clustering tests, drawn from a seeded generator.</summary>
internal static class Blobs
{
    /// <summary>k blobs of [perBlob] side x side images: a random prototype in [0, 1] per blob plus Gaussian noise; labels 0..k-1 in blocks.</summary>
    public static (Tensor Images, int[] Labels) Images(int k, int perBlob, int side, double noise, int seed)
    {
        var flat = Points(k, perBlob, side * side, spread: 0.5, noise, seed, offset: 0.5);
        return (flat.Points.reshape(-1, 1, side, side), flat.Labels);
    }

    /// <summary>k Gaussian blobs of perBlob points in d dimensions: centres uniform in [-spread, spread] (+offset), noise std <paramref name="noise"/>.</summary>
    public static (Tensor Points, int[] Labels) Points(int k, int perBlob, int d, double spread, double noise, int seed, double offset = 0)
    {
        using var generator = new Generator((ulong)seed);
        using var scope = NewDisposeScope();
        var centres = (rand(new long[] { k, d }, generator: generator) * 2 - 1) * spread + offset;
        var labels = Enumerable.Range(0, k * perBlob).Select(i => i / perBlob).ToArray();
        var points = centres.index_select(0, tensor(labels.Select(l => (long)l).ToArray()))
                     + randn(new long[] { k * perBlob, d }, generator: generator) * noise;
        return (points.MoveToOuterDisposeScope(), labels);
    }
}
