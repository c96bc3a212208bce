using DeepClustering.Cli.Output;
using DeepClustering.Clustering;
using DeepClustering.IO;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Input;

/// <summary>The <c>kmeans</c> command's checks in the user's words (<c>--k</c>, <c>--restarts</c>, ...), before any
/// data is read or written.</summary>
internal static class KMeansArguments
{
    /// <summary>The most restarts accepted: far beyond any use (scikit-learn's default is 10), short of runs that look
    /// hung.</summary>
    public const int RestartLimit = 10_000;

    /// <summary>The most Lloyd iterations per restart accepted (scikit-learn's default is 300).</summary>
    public const int IterationLimit = 1_000_000;

    /// <summary>Warns on stderr when float32 sums overflowed (an infinite inertia), with the option that avoids
    /// it.</summary>
    public static void WarnIfInertiaOverflowed(double inertia, bool float64)
    {
        if (!double.IsFinite(inertia) && !float64)
            Console.Error.WriteLine("warning: the inertia overflowed float32 (the data's values are too large for it); " +
                "run again with --dtype float64, or scale the data.");
    }

    /// <summary>The settings the command's options stand for, and so their defaults.</summary>
    public static KMeansOptions Defaults { get; } = new() { K = 1 };

    // The command's option for each KMeansOptions property it sets.
    private static readonly Dictionary<string, string> Flags = new()
    {
        [nameof(KMeansOptions.K)] = "--k",
        [nameof(KMeansOptions.Restarts)] = "--restarts",
        [nameof(KMeansOptions.MaxIterations)] = "--max-iterations",
        [nameof(KMeansOptions.Tolerance)] = "--tolerance",
    };

    /// <summary>
    /// Checks the settings as <see cref="KMeansOptions"/> declares them (in the command's words), the command's own
    /// upper limits, and that <c>--labels-out</c> can be written and is not the input file, however spelled.
    /// </summary>
    /// <exception cref="ArgumentException">The problems, naming the options.</exception>
    public static void Check(KMeansOptions options, FileInfo input, FileInfo? labelsOut)
    {
        var checks = new OptionChecks();
        foreach (var violation in options.Violations())
        {
            var flag = Flags.GetValueOrDefault(violation.ParamName!, violation.ParamName!);
            checks.Require(false, flag, violation.ActualValue, violation.Expected);
        }
        checks.Require(options.Restarts <= RestartLimit, "--restarts", options.Restarts, $"at most {RestartLimit}")
            .Require(options.MaxIterations <= IterationLimit, "--max-iterations", options.MaxIterations,
                $"at most {IterationLimit}")
            .ThrowIfAny();
        if (labelsOut is null) return;
        if (RealPath.Same(labelsOut.FullName, input.FullName))
            throw new ArgumentException($"--labels-out {labelsOut.FullName} is the input file ({RealPath.Of(input.FullName)}); the input is never overwritten, choose another file.");
        if (OutputLocation.CheckFile(labelsOut.FullName, "--labels-out") is { } problem)
            throw new ArgumentException(problem);
    }

    /// <summary>Checks that the data has at least <c>--k</c> rows.</summary>
    /// <exception cref="ArgumentException">Fewer rows than clusters.</exception>
    public static void CheckRows(int k, long rows, FileInfo input)
    {
        if (k > rows) throw new ArgumentException($"--k {k} is more than the {rows} rows of {input.FullName}; k-means needs at least one row per cluster.");
    }

    /// <summary>Warns on stderr, as scikit-learn does, when the fit found fewer distinct clusters than <paramref
    /// name="k"/>, naming how many distinct points the data has.</summary>
    public static void WarnIfFewerDistinctPoints(Tensor x, KMeansResult result, int k)
    {
        var clusters = result.Labels.Distinct().Count();
        if (clusters >= k) return;
        var (distinct, inverse, counts) = x.unique(sorted: true, return_inverse: false, return_counts: false, dim: 0);
        using var _ = distinct;
        inverse?.Dispose();
        counts?.Dispose();
        var points = distinct.shape[0];
        Console.Error.WriteLine(points < k
            ? $"warning: --k {k} asked for {k} clusters, but the data has only {points} distinct point{(points == 1 ? "" : "s")} (duplicate rows), so k-means found {clusters} distinct cluster{(clusters == 1 ? "" : "s")}."
            : $"warning: k-means found only {clusters} distinct clusters for --k {k}.");
    }
}
