using System.Diagnostics;
using DeepClustering.Metrics;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>k-means at each k of a range, with the internal indices that judge a k: silhouette and Dunn.</summary>
public static class KSweep
{
    /// <summary>
    /// Fits k-means on <paramref name="x"/> [N, D] once per k in <paramref name="ks"/>, with the settings
    /// <paramref name="options"/> gives for that k, and scores each clustering; points come back as they are computed.
    /// </summary>
    public static IEnumerable<KSweepPoint> Run(Tensor x, IEnumerable<int> ks, Func<int, KMeansOptions> options)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(ks);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var k in ks)
        {
            var clock = Stopwatch.StartNew();
            using var fit = KMeans.Fit(x, options(k));
            var labels = fit.Labels;
            var silhouette = Silhouette.Score(x, labels);
            var dunn = DunnIndex.Score(x, labels);
            yield return new KSweepPoint(k, fit.Iterations, silhouette, dunn, clock.Elapsed, labels);
        }
    }
}
