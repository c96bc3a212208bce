using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>Settings of one k-means fit; the defaults follow scikit-learn's <c>KMeans(algorithm="lloyd")</c> except
/// <see cref="Restarts"/>.</summary>
public sealed record KMeansOptions
{
    /// <summary>The number of clusters (at least 1, at most the number of samples).</summary>
    public required int K { get; init; }

    /// <summary>How the starting centroids are chosen.</summary>
    public KMeansInit Init { get; init; } = KMeansInit.KMeansPlusPlus;

    /// <summary>Independent restarts (each from a new seeded initialisation); the one with the lowest inertia is kept.
    /// Ignored for <see cref="KMeansInit.Given"/>.</summary>
    public int Restarts { get; init; } = 1;

    /// <summary>The most Lloyd iterations per restart.</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>Relative tolerance: a run stops when the squared centroid shift is at most <c>Tolerance</c> times the
    /// mean per-feature variance.</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Seed of every random choice; the same seed gives the same result.</summary>
    public int Seed { get; init; }

    /// <summary>The precision of the computation, <see cref="ScalarType.Float32"/> (default) or <see
    /// cref="ScalarType.Float64"/>.</summary>
    public ScalarType DType { get; init; } = ScalarType.Float32;

    /// <summary>The starting centroids, a (K, d) tensor, required for <see cref="KMeansInit.Given"/>; not owned by
    /// k-means.</summary>
    public Tensor? InitialCentroids { get; init; }

    /// <summary>Rows per distance block (bounds memory to BatchSize x K distances); 0 picks a block of about 16M
    /// distances.</summary>
    public int BatchSize { get; init; }

    /// <summary>Throws one <see cref="OptionOutOfRangeException"/> naming every setting out of range.</summary>
    public void Validate() => Checks().ThrowIfAny();

    /// <summary>Every setting out of range, named as this record names them (a command maps them to its own).</summary>
    public IReadOnlyList<OptionOutOfRangeException> Violations() => Checks().Violations;

    private OptionChecks Checks() =>
        new OptionChecks()
            .Require(K >= 1, nameof(K), K, "at least 1")
            .Require(Restarts >= 1, nameof(Restarts), Restarts, "at least 1")
            .Require(MaxIterations >= 1, nameof(MaxIterations), MaxIterations, "at least 1")
            .Require(Tolerance >= 0 && !double.IsInfinity(Tolerance), nameof(Tolerance), Tolerance,
                "a finite number >= 0")
            .Require(BatchSize >= 0, nameof(BatchSize), BatchSize, ">= 0 (0 = automatic)")
            .Require(DType is ScalarType.Float32 or ScalarType.Float64, nameof(DType), DType, "Float32 or Float64")
            .Require(Enum.IsDefined(Init), nameof(Init), Init, "a KMeansInit");
}
