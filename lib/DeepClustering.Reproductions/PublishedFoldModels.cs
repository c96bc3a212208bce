using DeepClustering.Data;

namespace DeepClustering.Reproductions;

/// <summary>
/// Experiment 5's published artefacts (repository luizamarnet/deep_clustering, folder <c>mnist/</c>, MIT licence): each
/// fold's trained Keras autoencoder and final DEC model, and the fold split of the 60,000 MNIST training images.
/// </summary>
/// <param name="Location">Where the files were found (or downloaded to).</param>
/// <param name="Autoencoders">Fold i's autoencoder file, <c>Encoder_model_i.h5</c>.</param>
/// <param name="DecModels">Fold i's DEC model file, <c>Keras_Deep_Clustering_model_i.h5</c>.</param>
/// <param name="FoldSplit">The fold split, <c>crossValidation_indexes.csv</c>.</param>
public sealed record PublishedFoldModels(DataLocation Location, IReadOnlyList<string> Autoencoders, IReadOnlyList<string> DecModels, string FoldSplit)
{
    /// <summary>The artefacts' name in the data manifest.</summary>
    public const string Name = "deep-clustering-luizamarnet";

    /// <summary>The number of folds the original trained.</summary>
    public const int Folds = 5;

    /// <summary>The size of the pool the split covers: MNIST's training images.</summary>
    public const int PoolSize = 60_000;

    /// <summary>The file names, in the order autoencoders, DEC models, split, licence.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        .. Enumerable.Range(0, Folds).Select(i => $"Encoder_model_{i}.h5"),
        .. Enumerable.Range(0, Folds).Select(i => $"Keras_Deep_Clustering_model_{i}.h5"),
        "crossValidation_indexes.csv",
        "LICENSE",
    ];

    /// <summary>Finds the files (a data directory, <c>DEEPCLUSTERING_DATA</c>, <c>data/deep-clustering-luizamarnet/</c>), downloading and verifying them when absent.</summary>
    /// <exception cref="DataNotFoundException">They are nowhere and could not be downloaded.</exception>
    public static PublishedFoldModels Locate(string? dataDir = null, DataLocator? locator = null)
    {
        var located = (locator ?? DataLocator.Default).Locate(Name, FileNames, dataDir);
        var paths = located.Paths;
        return new PublishedFoldModels(located.Location, paths.Take(Folds).ToList(), paths.Skip(Folds).Take(Folds).ToList(), paths[2 * Folds]);
    }

    /// <summary>As <see cref="Locate"/>, but null with the reason in <paramref name="missing"/> when the files are absent and cannot be downloaded (for steps that are skipped then).</summary>
    public static PublishedFoldModels? TryLocate(string? dataDir, out string? missing, DataLocator? locator = null)
    {
        try
        {
            missing = null;
            return Locate(dataDir, locator);
        }
        catch (DataNotFoundException e)
        {
            missing = e.Message;
            return null;
        }
    }

    /// <summary>The original's folds over MNIST's 60,000 training images (checked to be a permutation with no overlap).</summary>
    /// <exception cref="DataFormatException">The split file is malformed (line and field named).</exception>
    public IReadOnlyList<Fold> ReadFolds() => FoldFile.Read(FoldSplit, PoolSize);
}
