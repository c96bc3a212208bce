using DeepClustering.Caching;
using DeepClustering.Deep;
using DeepClustering.Metrics;
using DeepClustering.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Deep;

[Collection(DeepCollection.Name)]
public sealed class DecTests : SingleThreadTorch
{
    private const int K = 4, D = 10, Code = 5;

    /// <summary>Four blobs in 10-d, and a random linear encoder to 5-d seeded from <paramref name="seed"/>.</summary>
    private static (Tensor X, int[] Truth, DecModel Model) Problem(int seed, nn.Module<Tensor, Tensor>? encoder = null)
    {
        var (x, truth) = Blobs.Points(K, perBlob: 60, D, spread: 1, noise: 0.3, seed);
        manual_seed(100 + seed);
        return (x, truth, new DecModel(encoder ?? nn.Linear(D, Code), K, Code));
    }

    private static DecOptions Options(int[] truth) => new()
    {
        Seed = 1, BatchSize = 32, UpdateInterval = 20, MaxIterations = 600, Metric = labels => ClusterAccuracy.Hungarian(truth, labels),
    };

    [Fact]
    public void Raises_hungarian_accuracy_on_blobs_through_a_random_encoder()
    {
        double before = 0, after = 0;
        for (var seed = 0; seed < 4; seed++)
        {
            var (x, truth, model) = Problem(seed);
            using (x)
            using (model)
            {
                using var result = Dec.Fit(model, x, Options(truth));
                var initial = ClusterAccuracy.Hungarian(truth, result.InitialLabels);
                var final = ClusterAccuracy.Hungarian(truth, result.Labels);
                Assert.True(final >= initial - 0.01, $"seed {seed}: accuracy fell from {initial} to {final}");
                Assert.Equal(initial, result.History[0].Metric);
                Assert.Equal(result.Labels, Dec.PredictLabels(model, x));
                (before, after) = (before + initial / 4, after + final / 4);
            }
        }
        Assert.True(after > before + 0.03, $"mean accuracy {before} -> {after}");
    }

    [Fact]
    public void Same_seed_gives_identical_training()
    {
        int[] Run(out float[] weights, out DecResult result)
        {
            var (x, truth, model) = Problem(7);
            using (x)
            using (model)
            {
                result = Dec.Fit(model, x, Options(truth) with { MaxIterations = 100 });
                weights = model.parameters().SelectMany(p => p.data<float>().ToArray()).ToArray();
                return result.Labels;
            }
        }
        var labelsA = Run(out var weightsA, out var a);
        var labelsB = Run(out var weightsB, out var b);
        using (a)
        using (b)
        {
            Assert.Equal(labelsA, labelsB);
            Assert.Equal(weightsA, weightsB);
            Assert.True(a.Q.eq(b.Q).all().item<bool>());
            Assert.Equal(a.History.Select(h => h.Loss), b.History.Select(h => h.Loss));
        }
    }

    [Fact]
    public void Records_history_at_every_refresh_and_stops_on_the_limit_or_tolerance()
    {
        var (x, truth, model) = Problem(2);
        using (x)
        using (model)
        {
            var seen = new List<DecProgress>();
            using var limited = Dec.Fit(model, x, Options(truth) with { MaxIterations = 50, Tolerance = 0 },
                new InlineProgress<DecProgress>(seen.Add));
            Assert.Equal(50, limited.Iterations);
            Assert.False(limited.Converged);
            Assert.Equal([0, 20, 40], seen.Select(h => h.Iteration));
            Assert.True(double.IsNaN(seen[0].Loss));
            Assert.All(seen.Skip(1), h => Assert.True(h.Loss >= 0 && double.IsFinite(h.Loss)));
            Assert.Equal(1.0, seen[0].DeltaLabel);
            Assert.Equal(new long[] { x.shape[0], K }, limited.Q.shape);

            using var tolerant = Dec.Fit(model, x, Options(truth) with { Tolerance = 1.0 });
            Assert.True(tolerant.Converged);
            Assert.Equal(20, tolerant.Iterations);
        }
    }

    [Fact]
    public void A_cached_fit_comes_back_with_its_weights_and_history()
    {
        var dir = Directory.CreateTempSubdirectory("dc-dec-cache-");
        try
        {
            var cache = new ModelCache(dir.FullName);
            var (x, truth, model) = Problem(6);
            using (x)
            using (model)
            using (var fresh = new DecModel(nn.Linear(D, Code), K, Code))
            using (var start = new DecModel(nn.Linear(D, Code), K, Code))
            {
                fresh.load_state_dict(model.state_dict());  // the same start; the cache must bring DEC's trained weights
                start.load_state_dict(model.state_dict());
                var options = Options(truth) with { MaxIterations = 60 };
                var first = CachedDec.Fit(cache, model, x, options);
                var labels = Dec.PredictLabels(model, x);
                var again = CachedDec.Fit(cache, fresh, x, options with { Metric = null });  // a metric only reports
                Assert.False(first.FromCache);
                Assert.True(again.FromCache);
                Assert.Equal(first.Result.Iterations, again.Result.Iterations);
                Assert.Equal(first.Result.Converged, again.Result.Converged);
                Assert.Equal(first.Result.History, again.Result.History); // the NaN loss at iteration 0 included
                Assert.True(first.Result.Elapsed > first.Result.History[^1].Elapsed); // measured at the end of the fit, after its last refresh
                Assert.Equal(first.Result.Elapsed, again.Result.Elapsed); // the time of the run that trained it
                Assert.Equal(labels, Dec.PredictLabels(fresh, x));
                Assert.NotNull(again.Result.InitialLabels); // the k-means start, which the weights no longer hold
                Assert.Equal(first.Result.InitialLabels, again.Result.InitialLabels);

                // A summary cached before the starting labels were kept still loads (they are optional), without them.
                var stored = Assert.Single(Directory.GetFiles(dir.FullName, "*.json"));
                var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(stored))!.AsObject();
                Assert.True(json.Remove(nameof(DecSummary.InitialLabels)));
                File.WriteAllText(stored, json.ToJsonString());
                var older = CachedDec.Fit(cache, start, x, options);
                Assert.True(older.FromCache);
                Assert.Null(older.Result.InitialLabels);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Idec_trains_the_decoder_with_the_reconstruction_loss()
    {
        var (x, truth, model) = Problem(3);
        using (x)
        using (model)
        using (var decoder = nn.Linear(Code, D))
        {
            using var before = decoder.weight!.clone();
            using var result = Dec.Fit(model, x, Options(truth) with { Decoder = decoder, ClusteringWeight = 0.1, MaxIterations = 100 });
            Assert.False(decoder.weight!.eq(before).all().item<bool>());
            Assert.All(result.History.Skip(1), h => Assert.True(double.IsFinite(h.Loss)));
            Assert.True(ClusterAccuracy.Hungarian(truth, result.Labels) > 0.5);
        }
    }

    [Fact]
    public void Custom_centre_initializer_is_used()
    {
        var (x, truth, model) = Problem(4);
        using (x)
        using (model)
        {
            var calls = 0;
            using var result = Dec.Fit(model, x, Options(truth) with
            {
                MaxIterations = 0,
                CentroidInitializer = (codes, k, seed) => { calls++; Assert.Equal(new long[] { x.shape[0], Code }, codes.shape); return codes.narrow(0, 0, k).clone(); },
            });
            Assert.Equal(1, calls);
            Assert.Equal(0, result.Iterations);
        }
    }

    [Fact]
    public void Bad_shapes_are_argument_errors()
    {
        var (x, truth, model) = Problem(5);
        using (x)
        using (model)
        {
            using var vector = rand(10);
            Assert.Throws<ArgumentException>(() => Dec.Fit(model, vector, Options(truth)));
            using var wrongWidth = rand(50, 7);
            Assert.Throws<ArgumentException>(() => Dec.Fit(model, wrongWidth.reshape(50, 7), Options(truth)));
            using var tooFew = rand(3, D);
            Assert.Throws<ArgumentException>(() => Dec.Fit(model, tooFew, Options(truth)));
            using var nan = full(20, D, float.NaN);
            Assert.Throws<ArgumentException>(() => Dec.Fit(model, nan, Options(truth)));
            Assert.Throws<ArgumentException>(() => Dec.Fit(model, x, Options(truth) with { CentroidInitializer = (c, k, s) => zeros(k + 1, Code) }));
            Assert.Throws<OptionOutOfRangeException>(() => Dec.Fit(model, x, Options(truth) with { UpdateInterval = 0 }));
        }
        using var mismatched = new DecModel(nn.Linear(D, 3), K, Code);
        using var data = rand(20, D);
        Assert.Throws<ArgumentException>(() => Dec.Fit(mismatched, data));
    }

    [Fact]
    public void Batches_cover_every_sample_once_per_pass_and_never_leave_one_alone()
    {
        using var batches = new SeededBatches(n: 9, batchSize: 4, seed: 3);
        using var scope = NewDisposeScope();
        var first = new[] { batches.Next(), batches.Next() };
        Assert.Equal([4L, 5L], first.Select(b => b.shape[0]));
        Assert.Equal(Enumerable.Range(0, 9).Select(i => (long)i), first.SelectMany(b => b.data<long>().ToArray()).Order());
        Assert.Equal(4, batches.Next().shape[0]); // the next pass starts
    }

    [Fact]
    public void Trains_an_encoder_with_batch_norm()
    {
        var (x, truth) = Blobs.Points(K, perBlob: 20, D, spread: 1, noise: 0.3, seed: 8);
        using (x)
        {
            manual_seed(8);
            using var model = new DecModel(nn.Sequential(nn.Linear(D, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, Code)), K, Code);
            using var result = Dec.Fit(model, x, Options(truth) with { BatchSize = 79, MaxIterations = 20 }); // 80 rows: a tail of one
            Assert.Equal(20, result.Iterations);
            Assert.False(result.Q.isnan().any().item<bool>());
        }
    }
}
