using System.Security.Cryptography;
using System.Text;
using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>
/// A folder of trained weights keyed by (configuration, seed, data fingerprint), so that a re-run loads what an earlier
/// run trained instead of training again. Files are written atomically.
/// </summary>
/// <param name="directory">The cache folder (created on first store); by convention <c>artifacts/cache/models</c>.</param>
public sealed class ModelCache(string directory)
{
    /// <summary>The conventional cache folder, relative to the working directory.</summary>
    public static string DefaultDirectory => Path.Combine("artifacts", "cache", "models");

    /// <summary>The cache folder.</summary>
    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>The cache key: SHA-256 over the configuration text, the seed and the data fingerprint.</summary>
    public static string Key(string configuration, long seed, string dataFingerprint) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{configuration}\n{seed}\n{dataFingerprint}")));

    /// <summary>The file that holds the weights for <paramref name="key"/>.</summary>
    public string PathFor(string key) => Path.Combine(Directory, key + ".bin");

    /// <summary>Loads the cached weights for <paramref name="key"/> into <paramref name="module"/>; false when there are none.</summary>
    public bool TryLoad(nn.Module module, string key)
    {
        var path = PathFor(key);
        if (!File.Exists(path)) return false;
        Checkpoint.Load(module, path);
        return true;
    }

    /// <summary>Stores <paramref name="module"/>'s weights under <paramref name="key"/> (atomic replace).</summary>
    public void Store(nn.Module module, string key) => Checkpoint.Save(module, PathFor(key));

    /// <summary>
    /// Loads <paramref name="module"/> from the cache when (configuration, seed, data) was trained before; otherwise runs
    /// <paramref name="train"/> and stores the result. Returns true when the weights came from the cache.
    /// </summary>
    public bool GetOrTrain(nn.Module module, string configuration, long seed, Tensor data, Action train)
    {
        ArgumentNullException.ThrowIfNull(train);
        var key = Key(configuration, seed, DataFingerprint.Of(data));
        if (TryLoad(module, key)) return true;
        train();
        Store(module, key);
        return false;
    }
}
