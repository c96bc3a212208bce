namespace DeepClustering.Data;

/// <summary>Loads real CIFAR-10 when it can be found or downloaded, otherwise a seeded generated look-alike (<see cref="Cifar10.WriteSynthetic"/>) written once to a folder and reused.</summary>
public static class CifarStandIn
{
    private const string StampFile = "stand-in.txt";

    /// <summary>Loads CIFAR-10 via <see cref="Cifar10.Load"/>; on <see cref="DataNotFoundException"/> writes (or reuses) generated CIFAR-format data under <paramref name="standInDirectory"/> and loads that.</summary>
    /// <param name="split">Train, Test or All.</param>
    /// <param name="dataDir">A directory to search first for the real data (as in <see cref="Cifar10.Load"/>).</param>
    /// <param name="standInDirectory">Where the generated data set lives (<c>cifar-10-batches-bin/</c> is created inside).</param>
    /// <param name="seed">Seed of the generated data; a different seed (or size) regenerates it.</param>
    /// <param name="isStandIn">True when the returned images are the generated stand-in, not CIFAR-10.</param>
    /// <param name="imagesPerTrainBatch">Stand-in images in each of the five training batches (official: 10,000).</param>
    /// <param name="testImages">Stand-in images in the test batch (official: 10,000).</param>
    /// <param name="locator">Search and download policy for the real data; <see cref="DataLocator.Default"/> when null.</param>
    public static LabeledImages LoadOrGenerate(DataSplit split, string? dataDir, string standInDirectory, int seed, out bool isStandIn,
        int imagesPerTrainBatch = 10_000, int testImages = 10_000, DataLocator? locator = null)
    {
        locator ??= DataLocator.Default;
        try
        {
            var real = Cifar10.Load(split, dataDir, locator);
            isStandIn = false;
            return real;
        }
        catch (DataNotFoundException)
        {
        }

        var stamp = Path.Combine(standInDirectory, StampFile);
        var wanted = $"generated CIFAR-10 stand-in: seed={seed} imagesPerTrainBatch={imagesPerTrainBatch} testImages={testImages}";
        if (!File.Exists(stamp) || File.ReadAllText(stamp).Trim() != wanted)
        {
            if (File.Exists(stamp))
                File.Delete(stamp);
            Cifar10.WriteSynthetic(standInDirectory, imagesPerTrainBatch, testImages, seed);
            File.WriteAllText(stamp, wanted + Environment.NewLine);
        }

        var only = new DataLocator { EnvironmentDirectory = null, RepositoryRoot = null, AllowDownload = false, Manifest = locator.Manifest };
        isStandIn = true;
        return Cifar10.Load(split, standInDirectory, only);
    }
}
