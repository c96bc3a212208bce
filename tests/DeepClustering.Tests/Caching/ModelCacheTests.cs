using System.Security.Cryptography;
using System.Text;
using DeepClustering.Caching;
using DeepClustering.Models;
using DeepClustering.Tests.Models;
using DeepClustering.Platform;
using DeepClustering.Training;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Caching;

public sealed class ModelCacheTests
{
    [Fact]
    public void Second_request_loads_the_trained_weights_instead_of_training()
    {
        using var scope = NewDisposeScope();
        var dir = Directory.CreateTempSubdirectory("dc-cache-");
        try
        {
            var cache = new ModelCache(dir.FullName);
            var data = ModelTestData.Images(32, 1, 8, seed: 1).reshape(32, 64);
            var options = new TrainingOptions { Epochs = 2, BatchSize = 8, Seed = 1 };
            var trained = new DenseAutoencoder([64, 8], seed: 1);
            Assert.False(CachedTrainer.FitAutoencoder(cache, trained, data, options).FromCache);
            var again = new DenseAutoencoder([64, 8], seed: 1);
            // the progress interval only changes how a run reports, so it is the same model
            Assert.True(CachedTrainer.FitAutoencoder(
                cache, again, data, options with { ProgressInterval = 3 }).FromCache);
            ModelTestData.AssertSameState(trained, again);
            Assert.Single(Directory.GetFiles(dir.FullName, "*.bin"));

            // another shuffle seed, another start (the initialiser's seed) and other data are other models
            Assert.False(Fit(cache, seed: 1, data, options with { Seed = 2 }).FromCache);
            Assert.False(Fit(cache, seed: 2, data, options).FromCache);
            Assert.False(Fit(cache, seed: 1, data * 0.5, options).FromCache);
            Assert.Equal(4, Directory.GetFiles(dir.FullName, "*.bin").Length);
            var identity = Directory.GetFiles(dir.FullName, "*.identity").Select(File.ReadAllText).First();
            Assert.StartsWith("algorithm Trainer.Fit autoencoder v1\nmodel ", identity);
            Assert.DoesNotContain("ProgressInterval", identity);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Weights_with_nan_are_refused_and_nothing_is_written()
    {
        var dir = Directory.CreateTempSubdirectory("dc-cache-");
        try
        {
            var cache = new ModelCache(dir.FullName);
            using var model = new DenseAutoencoder([64, 8], seed: 1);
            using (no_grad()) model.parameters().First()[0, 0] = float.NaN;
            var error = Assert.Throws<NonFiniteWeightsException>(() => cache.Store(model, "k"));
            Assert.Contains("NaN", error.Message);
            Assert.Empty(Directory.GetFiles(dir.FullName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Cached_runs_return_the_stored_training_history_and_the_default_folder_follows_the_environment()
    {
        using var scope = NewDisposeScope();
        var dir = Directory.CreateTempSubdirectory("dc-cache-");
        try
        {
            var cache = new ModelCache(dir.FullName);
            var data = ModelTestData.Images(32, 1, 8, seed: 2).reshape(32, 64);
            var options = new TrainingOptions { Epochs = 3, BatchSize = 8 };
            var trained = new DenseAutoencoder([64, 8], seed: 1);
            var key = CachedTrainer.Identity(trained, data, options).Key;
            var first = CachedTrainer.FitAutoencoder(cache, trained, data, options);
            var model = new DenseAutoencoder([64, 8], seed: 1);
            var second = CachedTrainer.FitAutoencoder(cache, model, data, options);
            Assert.False(first.FromCache);
            Assert.True(second.FromCache);
            Assert.Equal(first.Result.Losses, second.Result.Losses);
            Assert.Equal(first.Result.BestEpoch, second.Result.BestEpoch);
            ModelTestData.AssertSameState(trained, model);

            File.WriteAllText(cache.ResultPathFor(key), "{ not json");
            Assert.False(Fit(cache, seed: 1, data, options).FromCache);
            // A result stored before the record gained a member (here: no Elapsed) is trained again, not read as zero.
            File.WriteAllText(cache.ResultPathFor(key), "{ \"History\": [], \"BestEpoch\": 1 }");
            Assert.False(Fit(cache, seed: 1, data, options).FromCache);
            Assert.True(Fit(cache, seed: 1, data, options).FromCache);
        }
        finally
        {
            dir.Delete(recursive: true);
        }

        var previous = Environment.GetEnvironmentVariable(ModelCache.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(ModelCache.EnvironmentVariable, "/tmp/dc-models-env");
            Assert.Equal("/tmp/dc-models-env", ModelCache.Open().Directory);
            Assert.Equal("/tmp/dc-models-env", ModelCache.Open("", fallback: "../artifacts/models").Directory);
            // an explicit folder wins
            Assert.Equal("/tmp/dc-models-param", ModelCache.Open("/tmp/dc-models-param").Directory);
            Environment.SetEnvironmentVariable(ModelCache.EnvironmentVariable, null);
            Assert.Equal(Path.GetFullPath(Path.Combine("artifacts", "models")), ModelCache.Open().Directory);
            Assert.Equal(
                Path.GetFullPath(Path.Combine("..", "artifacts", "models")),
                ModelCache.Open(null, "../artifacts/models").Directory);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ModelCache.EnvironmentVariable, previous);
        }
    }

    [Fact]
    public void Keys_hash_the_identity_text_and_keep_models_trained_with_the_MKL_fast_path_apart()
    {
        // The key is SHA-256 of the identity's text (a change to the layout re-keys every cache), plus the variants.
        var algorithm = new TrainingAlgorithm("Trainer.Fit autoencoder", 1);
        var identity = new CacheIdentity(algorithm, "m", "TrainingOptions{Epochs=2}", "d");
        Assert.Equal(
            "algorithm Trainer.Fit autoencoder v1\nmodel m\noptions TrainingOptions{Epochs=2}\ndata d",
            identity.ToString());
        Assert.Equal(Sha256(identity.ToString()), identity.KeyWith([]));
        Assert.Equal(
            Sha256(identity + "\nvariant " + TorchRuntime.MklFastPathVariant),
            identity.KeyWith([TorchRuntime.MklFastPathVariant]));
        Assert.Equal(identity.KeyWith(ComputeVariants.Active), identity.Key);
        Assert.Equal(TorchRuntime.MklFastPathApplied, ComputeVariants.Active.Contains(TorchRuntime.MklFastPathVariant));
        Assert.NotEqual(identity.Key, (identity with { Algorithm = algorithm with { Version = 2 } }).Key);
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static CachedTraining<TrainingResult> Fit(
        ModelCache cache, int seed, Tensor data, TrainingOptions options) =>
        CachedTrainer.FitAutoencoder(cache, new DenseAutoencoder([64, 8], seed: seed), data, options);

    [Fact]
    public void Fingerprint_tells_data_sets_apart_by_shape_and_values_and_is_stable()
    {
        using var scope = NewDisposeScope();
        var data = arange(0, 20_000, dtype: ScalarType.Float32).reshape(100, 200);
        var same = DataFingerprint.Of(data.clone());
        Assert.Equal(DataFingerprint.Of(data), same);
        Assert.NotEqual(same, DataFingerprint.Of(data.reshape(200, 100)));
        var changed = data.clone();
        changed[0, 0] = tensor(-1f);
        Assert.NotEqual(same, DataFingerprint.Of(changed));
        var last = data.clone();
        last[99, 199] = tensor(-1f);
        Assert.NotEqual(same, DataFingerprint.Of(last));
        Assert.Equal(64, same.Length);
    }
}
