using System.Diagnostics;
using DeepClustering.Caching;
using DeepClustering.IO;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>
/// Mini-batch training of any <c>Module&lt;Tensor, Tensor&gt;</c>: seeded shuffling, Adam or SGD, MSE or cross-entropy,
/// best-by-validation checkpointing and progress reports.
/// </summary>
/// <remarks>
/// Batches are gathered with <c>index_select</c> from a per-epoch permutation (<see cref="BatchIndices"/>), so the data set
/// is never copied as a whole; every batch runs inside its own dispose scope, so native memory stays flat from one epoch
/// to the next.
/// </remarks>
public static class Trainer
{
    /// <summary>Trains an autoencoder: the targets are the inputs. See <see cref="Fit"/> for the arguments.</summary>
    /// <example>
    /// A 784-500-10 autoencoder trained for 20 epochs, keeping the weights of the best validation epoch:
    /// <code>
    /// using var autoencoder = new DenseAutoencoder([784, 500, 10]);
    /// var result = Trainer.FitAutoencoder(autoencoder, train, new TrainingOptions { Epochs = 20, Seed = 0 }, validation: test);
    /// Console.WriteLine($"best epoch {result.BestEpoch}, validation loss {result.BestValidationLoss}");
    /// </code>
    /// </example>
    public static TrainingResult FitAutoencoder(
        nn.Module<Tensor, Tensor> model, Tensor inputs, TrainingOptions options, Tensor? validation = null,
        IProgress<TrainingProgress>? progress = null, Func<int, IReadOnlyDictionary<string, double>>? epochMetrics = null,
        CancellationToken cancellation = default, string? resumeFile = null) =>
        Fit(model, inputs, null, options, validation, null, progress, epochMetrics, cancellation, resumeFile);

    /// <summary>
    /// Trains <paramref name="model"/> on <paramref name="inputs"/> against <paramref name="targets"/> (null: the inputs themselves).
    /// With validation data the weights of the best validation epoch are kept (and saved to <see cref="TrainingOptions.CheckpointPath"/>).
    /// <paramref name="epochMetrics"/>, called with the epoch number after each epoch, adds numbers to the history and the progress reports.
    /// With <paramref name="resumeFile"/>, the whole training state is saved there after every epoch, and a call that finds the
    /// file continues after its last finished epoch with the numbers an uninterrupted run would give (the file is kept at the
    /// end, so calling again returns at once; <see cref="ModelCache"/> deletes it once the weights are stored).
    /// </summary>
    public static TrainingResult Fit(
        nn.Module<Tensor, Tensor> model, Tensor inputs, Tensor? targets, TrainingOptions options,
        Tensor? validationInputs = null, Tensor? validationTargets = null,
        IProgress<TrainingProgress>? progress = null, Func<int, IReadOnlyDictionary<string, double>>? epochMetrics = null,
        CancellationToken cancellation = default, string? resumeFile = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        CheckData(inputs, targets, validationInputs, validationTargets);

        var loss = Losses.Create(options.Loss);
        var n = inputs.shape[0];
        var perEpoch = (n + options.BatchSize - 1) / options.BatchSize;
        using var optimizer = Optimizers.Create(options.Optimizer, model.parameters(), options.LearningRate, options.Momentum, options.Epsilon);
        using var shuffle = Seeding.Generator(options.Seed);
        var history = new List<EpochRecord>();
        StateSnapshot? best = null;
        var bestLoss = double.PositiveInfinity;
        var bestEpoch = 0;
        long iteration = 0;
        var firstEpoch = 1;
        var before = TimeSpan.Zero;
        var identity = resumeFile is null ? "" : RunIdentity(options, inputs, targets, validationInputs, validationTargets);
        if (resumeFile is not null && File.Exists(resumeFile))
        {
            var point = ResumePoint.Load(resumeFile, identity, model, optimizer, shuffle, out best);
            history.AddRange(point.History);
            (iteration, bestLoss, bestEpoch, before, firstEpoch) = (point.Iteration, point.BestLoss, point.BestEpoch, point.Elapsed, point.Epoch + 1);
        }
        var resumedAfter = firstEpoch - 1;
        var clock = Stopwatch.StartNew();
        TimeSpan Elapsed() => before + clock.Elapsed;
        var wasTraining = model.training;
        try
        {
            for (var epoch = firstEpoch; epoch <= options.Epochs; epoch++)
            {
                model.train();
                using var order = BatchIndices.EpochOrder(n, options.Shuffle ? shuffle : null);
                double sum = 0;
                long seen = 0;
                foreach (var (start, count) in BatchIndices.Ranges(n, options.BatchSize))
                {
                    cancellation.ThrowIfCancellationRequested();
                    var batchLoss = Step(model, optimizer, loss, inputs, targets, order, start, count);
                    if (!double.IsFinite(batchLoss))
                        throw new TrainingDivergedException(
                            $"The training loss became {batchLoss} at epoch {epoch}, batch {start / options.BatchSize + 1} of {perEpoch} (iteration {iteration + 1}); " +
                            "the weights were not kept. Try a lower learning rate; where the processor hides its caches, check that " +
                            "`runtime` reports the convolution checks (notebooks/RESULTS.md, \"Convolutions on this machine\").");
                    sum += batchLoss * count;
                    seen += count;
                    iteration++;
                    if (progress is not null && iteration % options.ProgressInterval == 0 && start + count < n)
                        progress.Report(new TrainingProgress(epoch, options.Epochs, iteration, perEpoch, sum / seen, null, TrainingProgress.NoMetrics, Elapsed(), false));
                }

                double? validationLoss = validationInputs is null
                    ? null
                    : Inference.MeanLoss(model, loss, validationInputs, validationTargets ?? validationInputs, options.EvaluationBatchSize);
                var metrics = epochMetrics?.Invoke(epoch) ?? TrainingProgress.NoMetrics;
                var record = new EpochRecord(epoch, sum / seen, validationLoss, Elapsed(), metrics);
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
                if (resumeFile is not null)
                    new ResumePoint(identity, epoch, iteration, bestLoss, bestEpoch, Elapsed(), history.ToArray())
                        .Save(resumeFile, model, optimizer, shuffle, best);
                progress?.Report(new TrainingProgress(epoch, options.Epochs, iteration, perEpoch, record.Loss, validationLoss, metrics, Elapsed(), true));
            }

            if (best is not null)
                best.Restore(model);
            else
                bestEpoch = options.Epochs;
            if (options.CheckpointPath is { } path)
                Checkpoint.Save(model, path);
            return new TrainingResult(history, bestEpoch, Elapsed()) { ResumedAfterEpoch = resumedAfter };
        }
        finally
        {
            best?.Dispose();
            model.train(wasTraining);
        }
    }

    // What a resume file must match: every option that changes the numbers, and the data.
    private static string RunIdentity(
        TrainingOptions options, Tensor inputs, Tensor? targets, Tensor? validationInputs, Tensor? validationTargets) =>
        string.Join(" | ", OptionsFingerprint.Of(options), DataFingerprint.Of(inputs), Fingerprint(targets),
            Fingerprint(validationInputs), Fingerprint(validationTargets));

    private static string Fingerprint(Tensor? data) => data is null ? "-" : DataFingerprint.Of(data);

    private static void CheckData(Tensor inputs, Tensor? targets, Tensor? validationInputs, Tensor? validationTargets)
    {
        if (inputs.dim() < 1 || inputs.shape[0] == 0)
            throw new ArgumentException($"Training inputs: expected a non-empty batch [N, ...] but got {TensorShapes.Format(inputs.shape, false)}.", nameof(inputs));
        if (targets is not null)
            TensorShapes.RequireSameCount(inputs, targets, nameof(targets), "Training targets");
        if (validationInputs is null)
        {
            if (validationTargets is not null)
                throw new ArgumentException("Validation targets were given without validation inputs.", nameof(validationTargets));
            return;
        }
        if (validationInputs.dim() != inputs.dim() || !validationInputs.shape.AsSpan(1).SequenceEqual(inputs.shape.AsSpan(1)) || validationInputs.shape[0] == 0)
            throw new ArgumentException(
                $"Validation inputs: expected a non-empty batch shaped like the training inputs {TensorShapes.Format(inputs.shape.AsSpan(1), batch: true)} " +
                $"but got {TensorShapes.Format(validationInputs.shape, batch: false)}.", nameof(validationInputs));
        if (validationTargets is not null)
            TensorShapes.RequireSameCount(validationInputs, validationTargets, nameof(validationTargets), "Validation targets");
    }

    private static double Step(
        nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, Func<Tensor, Tensor, Tensor> loss,
        Tensor inputs, Tensor? targets, Tensor order, long start, long count)
    {
        using var scope = NewDisposeScope();
        var x = BatchIndices.Select(inputs, order, start, count);
        var y = targets is null ? x : BatchIndices.Select(targets, order, start, count);
        optimizer.zero_grad();
        var value = loss(model.call(x), y);
        value.backward();
        optimizer.step();
        return value.ToDouble();
    }
}
