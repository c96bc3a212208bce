namespace DeepClustering.Data;

/// <summary>MNIST handwritten digits (60k train + 10k test, 28x28 gray) from the official IDX files, raw or .gz.</summary>
public static class Mnist
{
    /// <summary>The data set's name in the manifest and its folder in a data directory.</summary>
    public const string Name = "mnist";

    /// <summary>The class names: the digits 0 to 9.</summary>
    public static IReadOnlyList<string> ClassNames { get; } = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    /// <summary>Loads images float32 [N, 1, 28, 28] in [0, 1] (pixel / 255) and labels int64 [N]; <see cref="DataSplit.All"/> gives 70k rows, training first.</summary>
    /// <param name="split">Train (60k), Test (10k) or All (70k).</param>
    /// <param name="dataDir">A directory to search first (a root with <c>mnist/</c> or the folder itself); see <see cref="DataLocator"/> for the rest of the search.</param>
    /// <param name="locator">The search and download policy; <see cref="DataLocator.Default"/> when null.</param>
    /// <exception cref="DataFormatException">A file is malformed (named, with the byte offset).</exception>
    /// <exception cref="DataNotFoundException">The files are nowhere and could not be downloaded.</exception>
    public static LabeledImages Load(DataSplit split = DataSplit.All, string? dataDir = null, DataLocator? locator = null) =>
        IdxImageDataset.Load(Name, ClassNames, split, dataDir, locator);
}
