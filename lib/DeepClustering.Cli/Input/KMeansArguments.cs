using DeepClustering.Cli.Output;
using DeepClustering.Clustering;
using DeepClustering.IO;
using static DeepClustering.OptionOutOfRangeException;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Input;

/// <summary>The <c>kmeans</c> command's checks in the user's words (<c>--k</c>, <c>--n-init</c>, ...), before any data is read or written.</summary>
internal static class KMeansArguments
{
    /// <summary>Checks the numbers and that <c>--labels-out</c> can be written and is not the input file, however spelled.</summary>
    /// <exception cref="ArgumentException">The first problem, naming the option.</exception>
    public static void Check(int k, int nInit, int maxIter, double tol, FileInfo input, FileInfo? labelsOut)
    {
        ThrowUnless(k >= 1, "--k", k, "at least 1");
        ThrowUnless(nInit >= 1, "--n-init", nInit, "at least 1");
        ThrowUnless(maxIter >= 1, "--max-iter", maxIter, "at least 1");
        ThrowUnless(tol >= 0 && !double.IsInfinity(tol), "--tol", tol, "a finite number >= 0");
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

    /// <summary>Warns on stderr, as scikit-learn does, when the fit found fewer distinct clusters than <paramref name="k"/>, naming how many distinct points the data has.</summary>
    public static void WarnIfFewerDistinctPoints(Tensor x, KMeansResult result, int k)
    {
        var clusters = result.LabelsArray().Distinct().Count();
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
