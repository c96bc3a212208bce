using DeepClustering.Caching;
using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>
/// <see cref="Trainer"/> through a <see cref="ModelCache"/>: a model already trained from the same start, with the same
/// options and data, is loaded instead of trained, and an interrupted run resumes after its last finished epoch.
/// </summary>
public static class CachedTrainer
{
    /// <summary>The algorithm's name and version in the cache identity: raise the version when a change to
    /// <see cref="Trainer.Fit"/> changes its numbers.</summary>
    public static TrainingAlgorithm Algorithm { get; } = new("Trainer.Fit autoencoder", 1);

    /// <summary>
    /// <see cref="Trainer.FitAutoencoder"/> of <paramref name="model"/> from its present weights, or the weights and
    /// history a run with the same identity stored (<see cref="CachedTraining{T}.FromCache"/> says which).
    /// </summary>
    public static CachedTraining<TrainingResult> FitAutoencoder(
        ModelCache cache, nn.Module<Tensor, Tensor> model, Tensor inputs, TrainingOptions options,
        Tensor? validation = null, IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var identity = Identity(model, inputs, options, validation);
        return cache.GetOrTrain(model, identity, TrainingJson.Default.TrainingResult,
            resumeFile => Trainer.FitAutoencoder(
                model, inputs, options, validation, progress, cancellation: cancellation, resumeFile: resumeFile));
    }

    /// <summary>The cache identity of training <paramref name="model"/> as an autoencoder from its present
    /// weights.</summary>
    public static CacheIdentity Identity(
        nn.Module<Tensor, Tensor> model, Tensor inputs, TrainingOptions options, Tensor? validation = null) =>
        CacheIdentity.For(Algorithm, model, options, inputs, validation);
}
