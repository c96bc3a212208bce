using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DeepClustering.IO;
using static TorchSharp.torch;

namespace DeepClustering.Caching;

/// <summary>
/// A folder of trained weights keyed by their <see cref="CacheIdentity"/>, so that a re-run (or DEC after the
/// autoencoder step) loads what an earlier run trained instead of training again. Files are written atomically.
/// </summary>
/// <param name="directory">The cache folder (created on first store).</param>
public sealed class ModelCache(string directory)
{
    /// <summary>The environment variable that names the cache folder.</summary>
    public const string EnvironmentVariable = "DEEPCLUSTERING_CACHE";

    /// <summary>
    /// A cache in <paramref name="directory"/> when it is not empty, else in the folder named by
    /// <c>DEEPCLUSTERING_CACHE</c>,
    /// else in <paramref name="fallback"/> (relative paths against the working directory). Notebooks pass their
    /// <c>modelDir</c> parameter, whose empty default defers to the environment variable like <c>dataDir</c> does.
    /// </summary>
    public static ModelCache Open(string? directory = null, string fallback = "artifacts/models") =>
        new(!string.IsNullOrEmpty(directory) ? directory
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : fallback);

    /// <summary>The cache folder.</summary>
    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>The file that holds the weights for <paramref name="key"/>.</summary>
    public string PathFor(string key) => Path.Combine(Directory, key + ".bin");

    /// <summary>The file that holds the training result (JSON) stored with the weights for <paramref
    /// name="key"/>.</summary>
    public string ResultPathFor(string key) => Path.Combine(Directory, key + ".json");

    /// <summary>The file where an unfinished training run for <paramref name="key"/> keeps its resume point (see
    /// <c>Trainer.Fit</c>).</summary>
    public string ResumePathFor(string key) => Path.Combine(Directory, key + ".resume");

    /// <summary>The file that holds the identity text of <paramref name="key"/> (what the model is, for a
    /// reader).</summary>
    public string IdentityPathFor(string key) => Path.Combine(Directory, key + ".identity");

    /// <summary>Loads the weights cached for <paramref name="identity"/> into <paramref name="module"/>; false when
    /// there are none.</summary>
    public bool TryLoad(nn.Module module, CacheIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var path = PathFor(identity.Key);
        if (!File.Exists(path)) return false;
        Checkpoint.Load(module, path);
        return true;
    }

    /// <summary>Stores <paramref name="module"/>'s weights under <paramref name="key"/> (atomic replace).</summary>
    /// <exception cref="NonFiniteWeightsException">A weight or buffer is NaN or infinite; nothing is
    /// written.</exception>
    public void Store(nn.Module module, string key)
    {
        foreach (var (name, tensor) in module.state_dict())
            if (tensor.is_floating_point() && !tensor.isfinite().all().item<bool>())
                throw new NonFiniteWeightsException($"{name} holds NaN or infinite values; the model is not stored in the cache {Directory}.");
        Checkpoint.Save(module, PathFor(key));
    }

    /// <summary>
    /// Loads <paramref name="module"/> and its training result when <paramref name="identity"/> was trained before;
    /// otherwise runs <paramref name="train"/> (which trains <paramref name="module"/>, resuming from the file it is
    /// given when it can) and stores the weights, the result (<paramref name="json"/>) and the identity text beside
    /// them.
    /// The resume file is deleted once the finished weights are stored. Callers are the cached fits
    /// (<c>CachedTrainer</c>, <c>CachedDec</c>, <c>NeuralKMeans.FitCached</c>), which build the identity.
    /// </summary>
    public CachedTraining<T> GetOrTrain<T>(
        nn.Module module, CacheIdentity identity, JsonTypeInfo<T> json, Func<string, T> train)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(train);
        var key = identity.Key;
        if (TryReadResult(key, json, out var cached) && TryLoad(module, identity))
            return new CachedTraining<T>(cached, FromCache: true);
        var result = train(ResumePathFor(key));
        Store(module, key);
        AtomicFile.WriteAllText(ResultPathFor(key), JsonSerializer.Serialize(result, json));
        AtomicFile.WriteAllText(IdentityPathFor(key), identity + "\n");
        File.Delete(ResumePathFor(key));
        return new CachedTraining<T>(result, FromCache: false);
    }

    private bool TryReadResult<T>(string key, JsonTypeInfo<T> json, out T result)
    {
        result = default!;
        var path = ResultPathFor(key);
        if (!File.Exists(path)) return false;
        try
        {
            var value = JsonSerializer.Deserialize(File.ReadAllText(path), json);
            if (value is null) return false;
            result = value;
            return true;
        }
        catch (JsonException)
        {
            return false; // an unreadable result counts as a miss: the model is trained again and both files replaced
        }
    }
}
