using DeepClustering.Deep;
using DeepClustering.Training;

namespace DeepClustering.Display.Progress;

/// <summary>
/// A <see cref="TrainingMonitor"/> as the progress sink of the library's fits, so a notebook hands the monitor to
/// <c>Trainer</c>, <c>Dec</c> or <c>NeuralKMeans</c> instead of writing the wiring.
/// </summary>
public static class MonitorProgress
{
    /// <summary>A line per finished epoch: the loss, the validation loss when there is one, the run's own
    /// time.</summary>
    public static IProgress<TrainingProgress> EachEpoch(this TrainingMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        return new InlineProgress<TrainingProgress>(p =>
        {
            if (!p.EpochCompleted) return;
            var validation = p.ValidationLoss is { } loss
                ? new Dictionary<string, double> { ["validation"] = loss }
                : null;
            monitor.Report(p.Epoch, p.Loss, validation, elapsed: p.Elapsed);
        });
    }

    /// <summary>A report per progress report of the trainer, numbered by iteration (optimiser step).</summary>
    public static IProgress<TrainingProgress> EachIteration(this TrainingMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        return new InlineProgress<TrainingProgress>(p => monitor.Report((int)p.Iteration, p.Loss, elapsed: p.Elapsed));
    }

    /// <summary>
    /// A line per DEC target refresh: the loss, the fraction of labels that changed and, when <paramref
    /// name="metricName"/>
    /// is given, <see cref="DecOptions.Metric"/>'s value under that name.
    /// </summary>
    public static IProgress<DecProgress> EachRefresh(this TrainingMonitor monitor, string? metricName = null)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        return new InlineProgress<DecProgress>(p =>
        {
            var figures = new Dictionary<string, double> { ["changed"] = p.DeltaLabel };
            if (metricName is not null) figures[metricName] = p.Metric ?? double.NaN;
            monitor.Report(p.Iteration, p.Loss, figures);
        });
    }

    /// <summary>A line per neural k-means round: the loss, the labels that changed and the empty clusters.</summary>
    public static IProgress<NeuralKMeansProgress> EachRound(this TrainingMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        return new InlineProgress<NeuralKMeansProgress>(p => monitor.Report(p.Round, p.Loss,
            new Dictionary<string, double> { ["changed"] = p.ChangedLabels, ["empty clusters"] = p.EmptyClusters }));
    }
}
