namespace DeepClustering.Reproductions;

/// <summary>
/// One fold's test majority accuracy three ways (the original's published models, our DEC started from the original's
/// encoder, our own models) and the gaps between them, so a miss can be put on the DEC method or on the autoencoder.
/// </summary>
/// <remarks>
/// The DEC gap splits exactly in two: <see cref="DecMethodGap"/> (the same encoder, their DEC against ours) plus
/// <see cref="EncoderGap"/> (our DEC, their encoder against ours) equals <see cref="DecGap"/>. A positive gap means the
/// original's number is higher.
/// </remarks>
/// <param name="Fold">The fold number.</param>
/// <param name="OriginalEncoderKMeans">Our k-means on the original encoder's codes (the first k-means seed).</param>
/// <param name="OurKMeans">Our k-means on our encoder's codes.</param>
/// <param name="OriginalDec">The original's final DEC model.</param>
/// <param name="OurDecOnOriginalEncoder">Our DEC from the original's encoder; null where that step did not run.</param>
/// <param name="OurDec">Our DEC started from our encoder.</param>
public sealed record FoldGap(
    int Fold, double OriginalEncoderKMeans, double OurKMeans,
    double OriginalDec, double? OurDecOnOriginalEncoder, double OurDec)
{
    /// <summary>What our autoencoder costs k-means: the original encoder's accuracy minus ours.</summary>
    public double KMeansEncoderGap => OriginalEncoderKMeans - OurKMeans;

    /// <summary>The original DEC model's accuracy minus our DEC's.</summary>
    public double DecGap => OriginalDec - OurDec;

    /// <summary>The part of <see cref="DecGap"/> owed to DEC: their DEC minus ours from the same encoder.</summary>
    public double? DecMethodGap => OriginalDec - OurDecOnOriginalEncoder;

    /// <summary>The part of <see cref="DecGap"/> owed to the autoencoder: our DEC, their encoder minus ours.</summary>
    public double? EncoderGap => OurDecOnOriginalEncoder - OurDec;

    /// <summary>One row per published fold.</summary>
    /// <param name="published">The original's models run here, one per fold (any order).</param>
    /// <param name="ourDecOnOriginalEncoders">Our DEC from the original encoders, by fold number; folds where that step
    /// did not run are absent.</param>
    /// <param name="ourKMeans">Our autoencoder + k-means accuracy, by fold number.</param>
    /// <param name="ourDec">Our DEC accuracy, by fold number.</param>
    /// <exception cref="ArgumentException">A published fold has no accuracy of ours.</exception>
    public static IReadOnlyList<FoldGap> Of(IReadOnlyList<PublishedFoldCheck> published,
        IReadOnlyDictionary<int, double> ourDecOnOriginalEncoders, IReadOnlyDictionary<int, double> ourKMeans,
        IReadOnlyDictionary<int, double> ourDec)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(ourDecOnOriginalEncoders);
        ArgumentNullException.ThrowIfNull(ourKMeans);
        ArgumentNullException.ThrowIfNull(ourDec);
        return published.OrderBy(p => p.Fold).Select(p =>
        {
            if (!ourKMeans.TryGetValue(p.Fold, out var kmeans) || !ourDec.TryGetValue(p.Fold, out var dec))
                throw new ArgumentException(
                    $"fold {p.Fold} of the published models has no accuracy of ours: autoencoder + k-means for folds "
                    + $"[{Folds(ourKMeans)}] and DEC for folds [{Folds(ourDec)}] given",
                    nameof(published));
            if (p.KMeansAccuracies.Length == 0)
                throw new ArgumentException(
                    $"fold {p.Fold} of the published models has no k-means accuracy", nameof(published));
            double? onOriginal = ourDecOnOriginalEncoders.TryGetValue(p.Fold, out var value) ? value : null;
            return new FoldGap(p.Fold, p.KMeansAccuracies[0], kmeans, p.DecAccuracy, onOriginal, dec);
        }).ToList();
    }

    private static string Folds(IReadOnlyDictionary<int, double> byFold) => string.Join(", ", byFold.Keys.Order());
}
