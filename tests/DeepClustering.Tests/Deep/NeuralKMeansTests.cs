using DeepClustering.Caching;
using DeepClustering.Clustering;
using DeepClustering.Deep;
using DeepClustering.Metrics;
using DeepClustering.Training;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Deep;

[Collection(DeepCollection.Name)]
public sealed class NeuralKMeansTests : SingleThreadTorch
{
    private static NeuralKMeansOptions Options(int seed) =>
        new() { K = 3, Rounds = 20, StepsPerRound = 10, LearningRate = 1e-2, Seed = seed, InferenceBatchSize = 16 };

    [Theory]
    [InlineData(EmptyClusterPolicy.KeepPrevious)]
    [InlineData(EmptyClusterPolicy.RelocateFarthest)]
    public void Matches_plain_kmeans_on_well_separated_blobs(EmptyClusterPolicy policy)
    {
        var (images, truth) = Blobs.Images(k: 3, perBlob: 20, side: 12, noise: 0.05, seed: 3);
        using (images)
        {
            using var flat = images.reshape(images.shape[0], -1);
            using var plain = KMeans.Fit(flat, new KMeansOptions { K = 3, Restarts = 10, Seed = 0 });
            var kmeansLabels = plain.Labels;
            Assert.Equal(1.0, PairCounting.AdjustedRand(truth, kmeansLabels), 6);
            // Seeds whose initial picks land in three different blobs; like Lloyd, the method cannot split a blob it never seeded.
            var seeds = Enumerable.Range(0, 30).Where(s => SeedsEveryBlob(s, truth, 3)).Take(2).ToArray();
            Assert.NotEmpty(seeds);
            foreach (var seed in seeds)
            {
                using var result = NeuralKMeans.Fit(images, Options(seed) with { EmptyClusters = policy });
                Assert.Equal(1.0, PairCounting.AdjustedRand(kmeansLabels, result.Labels), 6);
                Assert.Equal(1.0, ClusterAccuracy.Hungarian(kmeansLabels, result.Labels), 6);
                Assert.Equal(result.Labels, result.PredictArray(images));
            }
        }
    }

    private static bool SeedsEveryBlob(int seed, int[] truth, int k) =>
        DeepClustering.Numerics.SeededSample.Indices(truth.Length, k, seed).Select(i => truth[i]).Distinct().Count() == k;

    [Fact]
    public void Same_seed_gives_identical_rounds_and_weights()
    {
        var (images, _) = Blobs.Images(k: 3, perBlob: 12, side: 10, noise: 0.2, seed: 4);
        using (images)
        {
            using var a = NeuralKMeans.Fit(images, Options(5) with { Rounds = 4 });
            using var b = NeuralKMeans.Fit(images, Options(5) with { Rounds = 4 });
            Assert.Equal(a.Labels, b.Labels);
            Assert.True(a.Centroids.eq(b.Centroids).all().item<bool>());
            foreach (var (pa, pb) in a.Network.parameters().Zip(b.Network.parameters()))
                Assert.True(pa.eq(pb).all().item<bool>());
            Assert.Equal(a.Progress.Select(p => p.Loss), b.Progress.Select(p => p.Loss));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_cached_fit_loads_as_the_fit_it_stored_and_replays_its_rounds(bool snapshots)
    {
        var (images, _) = Blobs.Images(k: 3, perBlob: 12, side: 10, noise: 0.2, seed: 4);
        var folder = Directory.CreateTempSubdirectory("dc-nkm-cache-").FullName;
        try
        {
            using (images)
            {
                var cache = new ModelCache(folder);
                var options = Options(5) with { Rounds = 4, KeepSnapshots = snapshots };
                var trained = NeuralKMeans.FitCached(cache, images, options);
                using var fresh = trained.Result;
                var replayed = new List<NeuralKMeansProgress>();
                var loaded = NeuralKMeans.FitCached(cache, images, options,
                    new InlineProgress<NeuralKMeansProgress>(replayed.Add));
                using var again = loaded.Result;

                Assert.False(trained.FromCache);
                Assert.True(loaded.FromCache);
                Assert.Equal(fresh.Labels, again.Labels);
                Assert.Equal(fresh.Progress, again.Progress);
                Assert.Equal(fresh.Progress, replayed);
                Assert.Equal(fresh.PredictArray(images), again.PredictArray(images));
                Assert.True(fresh.InitialCentroids.eq(again.InitialCentroids).all().item<bool>());
                Assert.True(fresh.Centroids.eq(again.Centroids).all().item<bool>());
                Assert.Equal(snapshots ? 4 : 0, again.Rounds.Count);
                foreach (var (a, b) in fresh.Rounds.Zip(again.Rounds))
                {
                    Assert.Equal(a.Labels, b.Labels);
                    Assert.True(a.Centroids.eq(b.Centroids).all().item<bool>());
                }
                // a fit outside the cache gives the same numbers
                using var plain = NeuralKMeans.Fit(images, options);
                Assert.Equal(plain.Labels, again.Labels);
                Assert.False(NeuralKMeans.FitCached(cache, images, options with { Seed = 6 }).FromCache);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Dropout_is_off_in_the_step_as_in_the_originals_inference_mode_call()
    {
        // The original calls model(x) without training=True, so Keras' Dropout is inactive in its Adam step: the rate
        // then changes nothing. With Dropout active in the step, a rate of 0.9 would give other weights and losses.
        var (images, _) = Blobs.Images(k: 3, perBlob: 12, side: 10, noise: 0.2, seed: 4);
        using (images)
        {
            using var none = NeuralKMeans.Fit(images, Options(5) with { Rounds = 4, Dropout = 0.0 });
            using var heavy = NeuralKMeans.Fit(images, Options(5) with { Rounds = 4, Dropout = 0.9 });
            Assert.Equal(none.Progress.Select(p => p.Loss), heavy.Progress.Select(p => p.Loss));
            Assert.Equal(none.Labels, heavy.Labels);
            foreach (var (a, b) in none.Network.parameters().Zip(heavy.Network.parameters()))
                Assert.True(a.eq(b).all().item<bool>());
        }
    }

    [Fact]
    public void Keeps_one_snapshot_per_round_and_reports_progress()
    {
        var (images, _) = Blobs.Images(k: 3, perBlob: 10, side: 10, noise: 0.05, seed: 6);
        using (images)
        {
            var seen = new List<NeuralKMeansProgress>();
            using var result = NeuralKMeans.Fit(images, Options(1) with { Rounds = 3 },
                new InlineProgress<NeuralKMeansProgress>(seen.Add));
            Assert.Equal([1, 2, 3], seen.Select(p => p.Round));
            Assert.Equal(30, seen[0].ChangedLabels);
            Assert.Equal(3, result.Rounds.Count);
            Assert.All(result.Rounds, r => Assert.Equal(new long[] { 3, 1, 10, 10 }, r.Centroids.shape));
            Assert.Equal(new long[] { 3, 1, 10, 10 }, result.InitialCentroids.shape);
            Assert.Equal(result.Rounds[^1].Labels, result.Labels);
            Assert.All(result.Rounds, r => Assert.False(r.Centroids.isnan().any().item<bool>()));
        }
    }

    [Fact]
    public void Bad_shapes_and_values_are_argument_errors()
    {
        using var flat = rand(20, 100);
        Assert.Throws<ArgumentException>(() => NeuralKMeans.Fit(flat, Options(0)));
        using var small = rand(20, 1, 8, 8);
        Assert.Throws<ArgumentException>(() => NeuralKMeans.Fit(small, Options(0)));
        using var few = rand(2, 1, 12, 12);
        Assert.Throws<ArgumentException>(() => NeuralKMeans.Fit(few, Options(0)));
        using var ints = zeros(new long[] { 20, 1, 12, 12 }, ScalarType.Int64);
        Assert.Throws<ArgumentException>(() => NeuralKMeans.Fit(ints, Options(0)));
        using var nan = full(new long[] { 20, 1, 12, 12 }, float.NaN);
        Assert.Throws<ArgumentException>(() => NeuralKMeans.Fit(nan, Options(0)));
        Assert.Throws<OptionOutOfRangeException>(() => NeuralKMeans.Fit(rand(20, 1, 12, 12), Options(0) with { K = 0 }));

        using var images = rand(10, 1, 12, 12);
        using var result = NeuralKMeans.Fit(images, Options(0) with { Rounds = 1 });
        using var wrong = rand(4, 1, 14, 14);
        Assert.Throws<ArgumentException>(() => result.Predict(wrong));
    }
}
