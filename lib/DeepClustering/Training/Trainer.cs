using System.Diagnostics;
using DeepClustering.Torch;
using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>
/// Mini-batch training of any <c>Module&lt;Tensor, Tensor&gt;</c>: seeded shuffling, Adam or SGD, MSE or cross-entropy,
/// best-by-validation checkpointing and progress reports.
/// </summary>
/// <remarks>
/// Batches are gathered with <c>index_select</c> from a per-epoch permutation, so the data set is never copied as a whole;
/// every batch runs inside its own dispose scope, so native memory stays flat from one epoch to the next.
/// </remarks>
public static class Trainer
{
    /// <summary>Trains an autoencoder: the targets are the inputs.</summary>
    public static TrainingResult FitAutoencoder(
        nn.Module<Tensor, Tensor> model, Tensor inputs, TrainingOptions options, Tensor? validation = null,
        IProgress<TrainingProgress>? progress = null, CancellationToken cancellation = default) =>
        Fit(model, inputs, null, options, validation, null, progress, cancellation);

    /// <summary>
    /// Trains <paramref name="model"/> on <paramref name="inputs"/> against <paramref name="targets"/> (null: the inputs themselves).
    /// With validation data the weights of the best validation epoch are kept (and saved to <see cref="TrainingOptions.CheckpointPath"/>).
    /// </summary>
    public static TrainingResult Fit(
        nn.Module<Tensor, Tensor> model, Tensor inputs, Tensor? targets, TrainingOptions options,
        Tensor? validationInputs = null, Tensor? validationTargets = null,
        IProgress<TrainingProgress>? progress = null, CancellationToken cancellation = default)
    {
        TorchRuntime.EnsureInitialized();
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (inputs.dim() < 1 || inputs.shape[0] == 0)
            throw new ArgumentException($"Training inputs: expected a non-empty batch [N, ...] but got {TensorShapes.Format(inputs.shape, false)}.", nameof(inputs));
        if (targets is not null) TensorShapes.RequireSameCount(inputs, targets, nameof(targets), "Training targets");
        var hasValidation = validationInputs is not null;
        if (validationInputs is not null && validationTargets is not null)
            TensorShapes.RequireSameCount(validationInputs, validationTargets, nameof(validationTargets), "Validation targets");
        if (validationInputs is null && validationTargets is not null)
            throw new ArgumentException("Validation targets were given without validation inputs.", nameof(validationTargets));

        var loss = Losses.Create(options.Loss);
        var n = inputs.shape[0];
        var perEpoch = (n + options.BatchSize - 1) / options.BatchSize;
        using var optimizer = Optimizers.Create(options.Optimizer, model.parameters(), options.LearningRate, options.Momentum);
        using var shuffle = Seeding.Generator(options.Seed);
        var history = new List<EpochRecord>();
        StateSnapshot? best = null;
        double bestLoss = double.PositiveInfinity;
        int bestEpoch = 0;
        long iteration = 0;
        var clock = Stopwatch.StartNew();
        var wasTraining = model.training;
        try
        {
            for (var epoch = 1; epoch <= options.Epochs; epoch++)
            {
                model.train();
                using var order = options.Shuffle ? randperm(n, dtype: ScalarType.Int64, generator: shuffle) : arange(n, dtype: ScalarType.Int64);
                double sum = 0;
                long seen = 0;
                for (long start = 0; start < n; start += options.BatchSize)
                {
                    cancellation.ThrowIfCancellationRequested();
                    var count = Math.Min(options.BatchSize, n - start);
                    sum += Step(model, optimizer, loss, inputs, targets, order, start, count) * count;
                    seen += count;
                    iteration++;
                    if (progress is not null && iteration % options.ProgressInterval == 0 && start + count < n)
                        progress.Report(new TrainingProgress(epoch, options.Epochs, iteration, perEpoch, sum / seen, null, TrainingProgress.NoMetrics, clock.Elapsed, false));
                }

                double? validationLoss = hasValidation
                    ? Inference.MeanLoss(model, loss, validationInputs!, validationTargets ?? validationInputs!, options.EvaluationBatchSize)
                    : null;
                var record = new EpochRecord(epoch, sum / seen, validationLoss, clock.Elapsed);
                history.Add(record);
                if (validationLoss is { } v && v < bestLoss)
                {
                    bestLoss = v;
                    bestEpoch = epoch;
                    if (options.RestoreBestByValidation)
                    {
                        best?.Dispose();
                        best = StateSnapshot.Capture(model);
                    }
                }
                progress?.Report(new TrainingProgress(epoch, options.Epochs, iteration, perEpoch, record.Loss, validationLoss, TrainingProgress.NoMetrics, clock.Elapsed, true));
            }

            if (best is not null)
                best.Restore(model);
            else
                bestEpoch = options.Epochs;
            if (options.CheckpointPath is { } path)
                Checkpoint.Save(model, path);
            return new TrainingResult(history, bestEpoch, clock.Elapsed);
        }
        finally
        {
            best?.Dispose();
            model.train(wasTraining);
        }
    }

    private static double Step(
        nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, Func<Tensor, Tensor, Tensor> loss,
        Tensor inputs, Tensor? targets, Tensor order, long start, long count)
    {
        using var scope = NewDisposeScope();
        var batchIndices = order.narrow(0, start, count);
        var x = inputs.index_select(0, batchIndices);
        var y = targets is null ? x : targets.index_select(0, batchIndices);
        optimizer.zero_grad();
        var value = loss(model.call(x), y);
        value.backward();
        optimizer.step();
        return value.item<float>();
    }
}
