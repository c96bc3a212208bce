using DeepClustering.Data;

namespace DeepClustering.Reproductions;

/// <summary>The image data sets an experiment can run on, by the name its <c>dataset</c> parameter gives.</summary>
public static class ExperimentImages
{
    /// <summary>The names <see cref="Load"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["mnist", "fashion-mnist", "cifar-10"];

    /// <summary>Loads one split of <paramref name="dataset"/>; CIFAR-10 in grayscale, or its stand-in.</summary>
    /// <remarks>A stand-in is generated in <paramref name="standInDir"/>; it sets <paramref name="standIn"/>.</remarks>
    public static LabeledImages Load(
        string dataset, DataSplit split, string? dataDir, string standInDir, out bool standIn)
    {
        standIn = false;
        switch (dataset)
        {
            case "mnist": return Mnist.Load(split, dataDir);
            case "fashion-mnist": return FashionMnist.Load(split, dataDir);
            case "cifar-10":
                var colour = CifarStandIn.LoadOrGenerate(split, dataDir, standInDir, seed: 0, out standIn);
                return colour with { Images = Preprocessing.Grayscale(colour.Images, GrayscaleWeights.Standard) };
            default:
                throw new ArgumentException(
                    $"dataset must be \"mnist\", \"fashion-mnist\" or \"cifar-10\", not \"{dataset}\".");
        }
    }
}
