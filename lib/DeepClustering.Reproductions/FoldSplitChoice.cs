using DeepClustering.Data;

namespace DeepClustering.Reproductions;

/// <summary>
/// Experiment 5's fold split: the original's own (<c>crossValidation_indexes.csv</c>) for MNIST in 5 folds when its
/// file
/// is here, else a seeded shuffle.
/// </summary>
/// <param name="IsOriginal">True for the original's split.</param>
/// <param name="Folds">Every fold of the split, over the first images of the pool.</param>
/// <param name="Description">What the split is, for a line of output.</param>
/// <param name="Note">Why the original's split was asked for and not used; null when nothing needs saying.</param>
public sealed record FoldSplitChoice(bool IsOriginal, IReadOnlyList<Fold> Folds, string Description, string? Note)
{
    /// <summary>The split parameter's words: the original's split, or a seeded shuffle.</summary>
    public const string Original = "original", Seeded = "seeded";

    /// <summary>
    /// The split <paramref name="requested"/> (<c>original</c>, <c>seeded</c>, or empty for the original's when it
    /// applies) of the first <paramref name="poolSize"/> images into <paramref name="foldCount"/> folds.
    /// </summary>
    public static FoldSplitChoice Make(
        string requested, bool isMnist, int foldCount, PublishedFoldModels? published, int poolSize, int seed)
    {
        var applies = isMnist && foldCount == PublishedFoldModels.Folds;
        var wantsOriginal = OptionChoice.Parse("split", requested == "" ? (applies ? Original : Seeded) : requested,
            (Original, true), (Seeded, false));
        if (wantsOriginal && applies && published is not null)
            return new(true, FoldFile.Restrict(published.ReadFolds(), poolSize),
                $"the original's ({published.FoldSplit})", null);
        var note = wantsOriginal
            ? "note: the original's fold split covers MNIST's 60k training images in 5 folds" +
              (isMnist && published is null ? " and is unavailable here" : "") + "; using a seeded shuffle instead"
            : null;
        return new(false, KFold.Split(poolSize, foldCount, seed), $"seeded shuffle (seed {seed})", note);
    }
}
