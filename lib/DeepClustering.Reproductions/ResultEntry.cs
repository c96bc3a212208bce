namespace DeepClustering.Reproductions;

/// <summary>One measured number of an experiment, next to what the original authors reported.</summary>
/// <param name="Notebook">The notebook that measured it, e.g. 01-breast-cancer.</param>
/// <param name="Metric">What was measured, e.g. "majority accuracy (autoencoder + k-means)".</param>
/// <param name="Value">Our value.</param>
/// <param name="Reported">The original's value, when it reported one.</param>
/// <param name="Target">The condition that applies in this run's profile, or null when the number is informative only.</param>
/// <param name="Pass">Whether <see cref="Value"/> meets <see cref="Target"/> (null without a target).</param>
/// <param name="Profile">quick or full.</param>
/// <param name="Seed">The seed of the run.</param>
/// <param name="Seconds">Seconds from the creation of the notebook's <see cref="ExperimentLog"/> to the moment the value was recorded.</param>
/// <param name="Comparable">False when the run used stand-in data (e.g. generated CIFAR-10), so the value says nothing about the original.</param>
/// <param name="StageSeconds">Wall time of the step that produced the value, when the notebook measured it; else null.</param>
/// <param name="Aggregate">For a number measured over seeds or folds: n, std, the 95 % intervals and the values (Value is their mean).</param>
/// <param name="Position">Where the reported number falls against ours, with the yardstick that compares like with like.</param>
/// <param name="ReportedId">The id of the reported number in <c>data/reported.json</c>, when the notebook gave it.</param>
/// <param name="Fold">The fold a per-fold number belongs to (0-based), so that runs of single folds can be combined.</param>
public sealed record ResultEntry(
    string Notebook,
    string Metric,
    double Value,
    double? Reported,
    Target? Target,
    bool? Pass,
    string Profile,
    int Seed,
    double Seconds,
    bool Comparable,
    double? StageSeconds = null,
    Aggregate? Aggregate = null,
    ReportedPosition? Position = null,
    string? ReportedId = null,
    int? Fold = null)
{
    /// <summary>The tolerance of a within-tolerance target, else null.</summary>
    public double? Tolerance => Target?.Tolerance;

    /// <summary>Our value minus the reported one, when there is one.</summary>
    public double? Difference => Reported is { } r ? Value - r : null;
}
