using DeepClustering.Models;
using DeepClustering.Tests.Models;
using DeepClustering.Platform;
using DeepClustering.Training;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Training;

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
            var trained = new DenseAutoencoder([64, 8], seed: 1);
            var trainings = 0;
            TrainingResult Train(DenseAutoencoder m) { trainings++; return Trainer.FitAutoencoder(m, data, new TrainingOptions { Epochs = 2, BatchSize = 8 }); }

            Assert.False(cache.GetOrTrain(trained, "dense 64-8 adam", 1, data, () => Train(trained)).FromCache);
            var again = new DenseAutoencoder([64, 8], seed: 1);
            Assert.True(cache.GetOrTrain(again, "dense 64-8 adam", 1, data, () => Train(again)).FromCache);
            Assert.Equal(1, trainings);
            ModelTestData.AssertSameState(trained, again);

            var otherSeed = new DenseAutoencoder([64, 8], seed: 1);
            Assert.False(cache.GetOrTrain(otherSeed, "dense 64-8 adam", 2, data, () => Train(otherSeed)).FromCache);
            Assert.Equal(2, Directory.GetFiles(dir.FullName, "*.bin").Length);
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
            var error = Assert.Throws<TrainingDivergedException>(() => cache.Store(model, "k"));
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
            var first = cache.GetOrTrain(trained, options.ToString(), 1, data, () => Trainer.FitAutoencoder(trained, data, options));
            var model = new DenseAutoencoder([64, 8], seed: 1);
            var second = cache.GetOrTrain(model, options.ToString(), 1, data, TrainingResult () => throw new InvalidOperationException("must not train"));
            Assert.False(first.FromCache);
            Assert.True(second.FromCache);
            Assert.Equal(first.Result.Losses, second.Result.Losses);
            Assert.Equal(first.Result.BestEpoch, second.Result.BestEpoch);
            ModelTestData.AssertSameState(trained, model);

            File.WriteAllText(cache.ResultPathFor(ModelCache.Key(options.ToString(), 1, data)), "{ not json");
            Assert.False(cache.GetOrTrain(model, options.ToString(), 1, data, () => Trainer.FitAutoencoder(model, data, options)).FromCache);
            // A result stored before the record gained a member (here: no Elapsed) is trained again, not read as zero.
            File.WriteAllText(cache.ResultPathFor(ModelCache.Key(options.ToString(), 1, data)), "{ \"History\": [], \"BestEpoch\": 1 }");
            Assert.False(cache.GetOrTrain(model, options.ToString(), 1, data, () => Trainer.FitAutoencoder(model, data, options)).FromCache);
            Assert.True(cache.GetOrTrain(model, options.ToString(), 1, data, TrainingResult () => throw new InvalidOperationException("must not train")).FromCache);
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
            Assert.Equal("/tmp/dc-models-param", ModelCache.Open("/tmp/dc-models-param").Directory); // an explicit folder wins
            Environment.SetEnvironmentVariable(ModelCache.EnvironmentVariable, null);
            Assert.Equal(Path.GetFullPath(Path.Combine("artifacts", "models")), ModelCache.Open().Directory);
            Assert.Equal(Path.GetFullPath(Path.Combine("..", "artifacts", "models")), ModelCache.Open(null, "../artifacts/models").Directory);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ModelCache.EnvironmentVariable, previous);
        }
    }

    [Fact]
    public void Keys_stay_stable_by_default_and_keep_models_trained_with_the_MKL_fast_path_apart()
    {
        // Pinned: caches written before compute variants existed keep their keys (SHA-256 of
        // "dense 64-8 adam\n1\nabc"), and so do caches trained with the MKL fast path (the marker line it always added).
        const string pinned = "d31352b86e2490041f14e0f30f343322b058627508c02a3cc3aa62035ae1ea38";
        const string pinnedMkl = "4d542a054ac9d12717e77a965b1f298396049d3f96b48eb75b7df6b423c88775";
        Assert.Equal(pinned, ModelCache.Key("dense 64-8 adam", 1, "abc", []));
        Assert.Equal(pinnedMkl, ModelCache.Key("dense 64-8 adam", 1, "abc", [TorchRuntime.MklFastPathVariant]));
        Assert.Equal(
            ModelCache.Key("dense 64-8 adam", 1, "abc", ComputeVariants.Active), ModelCache.Key("dense 64-8 adam", 1, "abc"));
        Assert.Equal(TorchRuntime.MklFastPathApplied, ComputeVariants.Active.Contains(TorchRuntime.MklFastPathVariant));
    }

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
