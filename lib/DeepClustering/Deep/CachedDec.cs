using DeepClustering.Caching;
using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>
/// <see cref="Dec.Fit"/> through a <see cref="ModelCache"/>: a DEC model already trained from the same encoder, with
/// the same options and data, is loaded with its summary instead of trained.
/// </summary>
public static class CachedDec
{
    /// <summary>The algorithm's name and version in the cache identity: raise the version when a change to
    /// <see cref="Dec.Fit"/> changes its numbers.</summary>
    public static TrainingAlgorithm Algorithm { get; } = new("Dec.Fit", 1);

    /// <summary>
    /// Trains <paramref name="model"/> with DEC from its present weights, or loads the weights and summary a run with
    /// the same identity stored (<see cref="CachedTraining{T}.FromCache"/> says which; a loaded run reports no
    /// progress).
    /// </summary>
    /// <exception cref="NotSupportedException">
    /// The options hold a decoder (its weights are not part of the model the cache stores) or a centre initialiser.
    /// </exception>
    public static CachedTraining<DecSummary> Fit(
        ModelCache cache, DecModel model, Tensor x, DecOptions options, IProgress<DecProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Decoder is not null)
            throw new NotSupportedException(
                "DecOptions.Decoder is set, but the model cache stores only the DEC model's weights; call Dec.Fit.");
        options.Validate();
        var identity = CacheIdentity.For(Algorithm, model, options, x);
        return cache.GetOrTrain(model, identity, DeepJson.Default.DecSummary, _ =>
        {
            using var run = Dec.Fit(model, x, options, progress);
            return run.Summary;
        });
    }
}
