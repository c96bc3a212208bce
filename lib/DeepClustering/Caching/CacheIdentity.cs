using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using static TorchSharp.torch;

namespace DeepClustering.Caching;

/// <summary>
/// What a cached model is: the training algorithm and its version, the model as training starts
/// (<see cref="ModelFingerprint"/>), the options that change numbers (<see cref="OptionsFingerprint"/>) and the data
/// (<see cref="DataFingerprint"/>). Its <see cref="Key"/> names the cache files.
/// </summary>
/// <param name="Algorithm">The training algorithm and its version.</param>
/// <param name="Model">The model's fingerprint as training starts.</param>
/// <param name="Options">The options that change numbers, as text.</param>
/// <param name="Data">The fingerprints of the data tensors, in order (<c>-</c> for an absent one).</param>
public sealed record CacheIdentity(TrainingAlgorithm Algorithm, string Model, string Options, string Data)
{
    /// <summary>The identity of training <paramref name="model"/> from its present state with these options and
    /// data.</summary>
    public static CacheIdentity For<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(
        TrainingAlgorithm algorithm, nn.Module model, T options, params Tensor?[] data) where T : class
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        return new(algorithm, ModelFingerprint.Of(model), OptionsFingerprint.Of(options),
            string.Join(" ", data.Select(d => d is null ? "-" : DataFingerprint.Of(d))));
    }

    /// <summary>
    /// The cache key: SHA-256 over the identity's text plus the process's <see cref="ComputeVariants"/> (a model
    /// trained along another numeric path, such as the opt-in MKL fast path on AMD, is kept apart).
    /// </summary>
    public string Key => KeyWith(ComputeVariants.Active);

    /// <summary>The cache key with the compute variants given instead of read from the process.</summary>
    public string KeyWith(IReadOnlyList<string> variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        var text = ToString() + string.Concat(variants.Select(v => "\nvariant " + v));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The identity as lines of text (written beside the cached files, so a reader can tell them
    /// apart).</summary>
    public override string ToString() =>
        $"algorithm {Algorithm}\nmodel {Model}\noptions {Options}\ndata {Data}";
}
