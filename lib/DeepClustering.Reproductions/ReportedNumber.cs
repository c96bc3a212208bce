namespace DeepClustering.Reproductions;

/// <summary>One number an original project reported, as <c>data/reported.json</c> holds it.</summary>
public sealed record ReportedNumber
{
    /// <summary>The key notebooks use, unique within an experiment (e.g. <c>neural_test_purity</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What it measures, in words.</summary>
    public required string Label { get; init; }

    /// <summary>
    /// single (one run), mean (over folds), series (values at <see cref="At"/>) or published (another protocol).
    /// </summary>
    public required string Kind { get; init; }

    /// <summary>Where the original published it (file and section, or paper and table).</summary>
    public required string Source { get; init; }

    /// <summary>The number (a fraction where the original printed percent); null for a series.</summary>
    public double? Value { get; init; }

    /// <summary>The values of a series.</summary>
    public double[]? Values { get; init; }

    /// <summary>Where a series was measured (e.g. k = 2 ... 11).</summary>
    public double[]? At { get; init; }

    /// <summary>The per-fold values behind a mean, when the original printed them.</summary>
    public double[]? Folds { get; init; }

    /// <summary>The standard deviation the original gave with a mean.</summary>
    public double? Std { get; init; }

    /// <summary>population or sample: which standard deviation <see cref="Std"/> is.</summary>
    public string? StdKind { get; init; }

    /// <summary>The original printed it as a percentage.</summary>
    public bool Percent { get; init; }

    /// <summary>Read off a plot or given as "about".</summary>
    public bool Approximate { get; init; }

    /// <summary>
    /// Decimals to show when the original printed more than the record shows (e.g. 4 for 0.8801961796179618).
    /// </summary>
    public int? Digits { get; init; }

    /// <summary>Anything a reader needs to weigh it (e.g. "one unseeded run").</summary>
    public string? Note { get; init; }

    /// <summary>The value; throws for a series, which has none.</summary>
    /// <exception cref="InvalidOperationException">The number is a series.</exception>
    public double Scalar =>
        Value ?? throw new InvalidOperationException($"Reported number '{Id}' is a series, not one value.");

    /// <summary>The series value at <paramref name="x"/> (e.g. k = 10).</summary>
    /// <exception cref="InvalidOperationException">Not a series, or it has no value at
    /// <paramref name="x"/>.</exception>
    public double ValueAt(double x)
    {
        var at = At ?? throw new InvalidOperationException($"Reported number '{Id}' has no 'at' points.");
        var i = Array.IndexOf(at, x);
        return i >= 0 && Values is { } values
            ? values[i]
            : throw new InvalidOperationException(
                $"Reported number '{Id}' has no value at {x}; it has {string.Join(", ", at)}.");
    }

    /// <summary>The series value at <paramref name="x"/>, or null where the series has none (a k it did not
    /// measure).</summary>
    /// <exception cref="InvalidOperationException">Not a series.</exception>
    public double? ValueAtOrNull(double x) =>
        (At ?? throw new InvalidOperationException($"Reported number '{Id}' has no 'at' points.")).Contains(x)
            ? ValueAt(x)
            : null;

    /// <summary>The value of fold <paramref name="fold"/> (0-based).</summary>
    /// <exception cref="InvalidOperationException">No per-fold values, or no such fold.</exception>
    public double Fold(int fold) =>
        Folds is { } folds && fold >= 0 && fold < folds.Length
            ? folds[fold]
            : throw new InvalidOperationException($"Reported number '{Id}' has no value for fold {fold}.");
}
