namespace DeepClustering.Data;

/// <summary>Fashion-MNIST (Zalando; 60k train + 10k test, 28x28 gray, 10 clothing classes) from its IDX files, raw or .gz.</summary>
public static class FashionMnist
{
    /// <summary>The data set's name in the manifest and its folder in a data directory.</summary>
    public const string Name = "fashion-mnist";

    /// <summary>The class names in label order.</summary>
    public static IReadOnlyList<string> ClassNames { get; } =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <summary>Loads images float32 [N, 1, 28, 28] in [0, 1] (pixel / 255) and labels int64 [N]; <see cref="DataSplit.All"/> gives 70k rows, training first.</summary>
    /// <param name="split">Train (60k), Test (10k) or All (70k).</param>
    /// <param name="dataDir">A directory to search first (a root with <c>fashion-mnist/</c> or the folder itself); see <see cref="DataLocator"/>.</param>
    /// <param name="locator">The search and download policy; <see cref="DataLocator.Default"/> when null.</param>
    /// <exception cref="DataFormatException">A file is malformed (named, with the byte offset).</exception>
    /// <exception cref="DataNotFoundException">The files are nowhere and could not be downloaded.</exception>
    public static LabeledImages Load(DataSplit split = DataSplit.All, string? dataDir = null, DataLocator? locator = null) =>
        IdxImageDataset.Load(Name, ClassNames, split, dataDir, locator);
}
