using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DeepClustering.Deep;
using DeepClustering.IO;
using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>
/// A folder of trained weights keyed by (configuration, seed, data fingerprint), so that a re-run (or DEC after the
/// autoencoder step) loads what an earlier run trained instead of training again. Files are written atomically.
/// </summary>
/// <param name="directory">The cache folder (created on first store).</param>
public sealed class ModelCache(string directory)
{
    /// <summary>The environment variable that names the cache folder.</summary>
    public const string EnvironmentVariable = "DEEPCLUSTERING_CACHE";

    /// <summary>
    /// A cache in <paramref name="directory"/> when it is not empty, else in the folder named by <c>DEEPCLUSTERING_CACHE</c>,
    /// else in <paramref name="fallback"/> (relative paths against the working directory). Notebooks pass their
    /// <c>modelDir</c> parameter, whose empty default defers to the environment variable like <c>dataDir</c> does.
    /// </summary>
    public static ModelCache Open(string? directory = null, string fallback = "artifacts/models") =>
        new(!string.IsNullOrEmpty(directory) ? directory
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : fallback);

    /// <summary>The cache folder.</summary>
    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>
    /// The cache key: SHA-256 over the configuration text, the seed and the data fingerprint, plus the process's
    /// <see cref="ComputeVariants"/> (a model trained along another numeric path, such as the opt-in MKL fast path on
    /// AMD, is kept apart).
    /// </summary>
    public static string Key(string configuration, long seed, string dataFingerprint) =>
        Key(configuration, seed, dataFingerprint, ComputeVariants.Active);

    /// <summary>The cache key, with the compute variants given instead of read from the process (for tests).</summary>
    internal static string Key(
        string configuration, long seed, string dataFingerprint, IReadOnlyList<string> variants) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{configuration}\n{seed}\n{dataFingerprint}" + string.Concat(variants.Select(v => "\n" + v)))));

    /// <summary>The cache key of (configuration, seed, <paramref name="data"/>).</summary>
    public static string Key(string configuration, long seed, Tensor data) => Key(configuration, seed, DataFingerprint.Of(data));

    /// <summary>The file that holds the weights for <paramref name="key"/>.</summary>
    public string PathFor(string key) => Path.Combine(Directory, key + ".bin");

    /// <summary>The file that holds the training result (JSON) stored with the weights for <paramref name="key"/>.</summary>
    public string ResultPathFor(string key) => Path.Combine(Directory, key + ".json");

    /// <summary>The file where an unfinished training run for <paramref name="key"/> keeps its resume point (see <see cref="Trainer.Fit"/>).</summary>
    public string ResumePathFor(string key) => Path.Combine(Directory, key + ".resume");

    /// <summary>Loads the cached weights for <paramref name="key"/> into <paramref name="module"/>; false when there are none.</summary>
    public bool TryLoad(nn.Module module, string key)
    {
        var path = PathFor(key);
        if (!File.Exists(path)) return false;
        Checkpoint.Load(module, path);
        return true;
    }

    /// <summary>Stores <paramref name="module"/>'s weights under <paramref name="key"/> (atomic replace).</summary>
    /// <exception cref="TrainingDivergedException">A weight or buffer is NaN or infinite; nothing is written.</exception>
    public void Store(nn.Module module, string key)
    {
        foreach (var (name, tensor) in module.state_dict())
            if (tensor.is_floating_point() && !tensor.isfinite().all().item<bool>())
                throw new TrainingDivergedException($"{name} holds NaN or infinite values; the model is not stored in the cache {Directory}.");
        Checkpoint.Save(module, PathFor(key));
    }

    /// <summary>
    /// Loads <paramref name="module"/> from the cache when (configuration, seed, data) was trained before; otherwise runs
    /// <paramref name="train"/> (which trains <paramref name="module"/>) and stores the weights with what it returned
    /// (as JSON beside them), so a cached run still has its loss history to plot.
    /// </summary>
    public CachedTraining<T> GetOrTrain<T>(nn.Module module, string configuration, long seed, Tensor data, Func<T> train)
    {
        ArgumentNullException.ThrowIfNull(train);
        return GetOrTrain(module, configuration, seed, data, _ => train());
    }

    /// <summary>
    /// Like <see cref="GetOrTrain{T}(nn.Module, string, long, Tensor, Func{T})"/>, but <paramref name="train"/> receives the
    /// resume file of this (configuration, seed, data) to pass to <see cref="Trainer.Fit"/>: a run interrupted after some
    /// epochs continues from there on the next call. The resume file is deleted once the finished weights are stored.
    /// </summary>
    public CachedTraining<T> GetOrTrain<T>(nn.Module module, string configuration, long seed, Tensor data, Func<string, T> train)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(train);
        var json = JsonFor<T>();
        var key = Key(configuration, seed, data);
        if (TryReadResult(key, json, out var cached) && TryLoad(module, key))
            return new CachedTraining<T>(cached, FromCache: true);
        var result = train(ResumePathFor(key));
        Store(module, key);
        AtomicFile.WriteAllText(ResultPathFor(key), JsonSerializer.Serialize(result, json));
        File.Delete(ResumePathFor(key));
        return new CachedTraining<T>(result, FromCache: false);
    }

    // The source-generated metadata of T: results are read and written without reflection-based JSON, which is off
    // in file-based apps and trimmed programs.
    private static JsonTypeInfo<T> JsonFor<T>() =>
        CacheJson.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException(
            $"the model cache stores training results of type {nameof(TrainingResult)}, {nameof(DecSummary)} or {nameof(NeuralKMeansSummary)}, not {typeof(T).Name}; " +
            $"return one of them, or add the type to {nameof(CacheJson)}.");

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

/// <summary>Source-generated JSON for the training results the model cache keeps beside the weights.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    RespectRequiredConstructorParameters = true)] // a result written before a record gained a member is a miss, not a zero
[JsonSerializable(typeof(TrainingResult))]
[JsonSerializable(typeof(DecSummary))]
[JsonSerializable(typeof(NeuralKMeansSummary))]
internal sealed partial class CacheJson : JsonSerializerContext;
