namespace DeepClustering.Data;

/// <summary>CIFAR-10 (50k train + 10k test colour images, 32x32, 10 classes) from the official binary version: the .tar.gz or its extracted batches.</summary>
public static class Cifar10
{
    /// <summary>The data set's name in the manifest and its folder in a data directory.</summary>
    public const string Name = "cifar-10";

    /// <summary>The official archive's file name.</summary>
    public const string ArchiveName = "cifar-10-binary.tar.gz";

    /// <summary>The class names in label order.</summary>
    public static IReadOnlyList<string> ClassNames { get; } =
        ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"];

    /// <summary>Loads images float32 [N, 3, 32, 32] in [0, 1] (pixel / 255, channels R, G, B) and labels int64 [N]; All gives training (batches 1-5) then test.</summary>
    /// <param name="split">Train (50k), Test (10k) or All (60k).</param>
    /// <param name="dataDir">A directory to search first: a root with <c>cifar-10/</c>, or a folder holding <c>cifar-10-binary.tar.gz</c>, <c>cifar-10-batches-bin/</c> or the batch files.</param>
    /// <param name="locator">The search and download policy; <see cref="DataLocator.Default"/> when null.</param>
    /// <exception cref="DataFormatException">A file is malformed (named, with the byte offset).</exception>
    /// <exception cref="DataNotFoundException">The files are nowhere and could not be downloaded.</exception>
    public static LabeledImages Load(DataSplit split = DataSplit.All, string? dataDir = null, DataLocator? locator = null)
    {
        var batches = BatchNames(split);
        locator ??= DataLocator.Default;
        var entry = locator.Manifest.Get(Name);
        var located = locator.Locate(entry, dataDir, dir => Probe(dir, batches), entry.Files);
        var parts = located.Paths is [var only] && only.EndsWith(".tar.gz", StringComparison.Ordinal)
            ? CifarBinaryFormat.ReadFromArchive(only, batches, ClassNames.Count)
            : located.Paths.Select(p => CifarBinaryFormat.ReadBatch(p, ClassNames.Count)).ToList();

        var labels = Concat(parts.Select(p => p.Labels).ToList());
        var pixels = Concat(parts.Select(p => p.Pixels).ToList());
        var images = TensorFactory.UnitFloats(pixels, [labels.Length, 3, 32, 32]);
        var trainCount = split == DataSplit.Test ? 0 : parts.Take(CifarBinaryFormat.TrainBatches.Count).Sum(p => (long)p.Labels.Length);
        return new LabeledImages(Name, split, images, TensorFactory.Labels(labels), ClassNames, trainCount, located.Location.ToString());
    }

    /// <summary>Writes a small CIFAR-10 look-alike in the exact official layout (<c>cifar-10-batches-bin/</c> with five training batches and a test batch) under <paramref name="directory"/>: random pixels around a per-class colour, so it is learnable but not comparable to real CIFAR-10.</summary>
    /// <param name="directory">The data set folder to create the batches in.</param>
    /// <param name="imagesPerTrainBatch">Images in each of the five training batches.</param>
    /// <param name="testImages">Images in the test batch.</param>
    /// <param name="seed">Seed of the generator; the same seed gives the same files.</param>
    public static void WriteSynthetic(string directory, int imagesPerTrainBatch, int testImages, int seed)
    {
        var random = new Random(seed);
        var folder = Path.Combine(directory, CifarBinaryFormat.BatchFolder);
        Directory.CreateDirectory(folder);
        foreach (var (name, count) in CifarBinaryFormat.TrainBatches.Select(b => (b, imagesPerTrainBatch)).Append((CifarBinaryFormat.TestBatch, testImages)))
        {
            var labels = new byte[count];
            var pixels = new byte[count * CifarBinaryFormat.PixelBytes];
            for (var i = 0; i < count; i++)
            {
                var label = (byte)random.Next(ClassNames.Count);
                labels[i] = label;
                for (var c = 0; c < 3; c++)
                {
                    var centre = 40 + 170 * (((label + 1) * (c + 2)) % 7) / 6;
                    for (var p = 0; p < 1024; p++)
                        pixels[i * CifarBinaryFormat.PixelBytes + c * 1024 + p] = (byte)Math.Clamp(centre + random.Next(-40, 41), 0, 255);
                }
            }
            CifarBinaryFormat.WriteBatch(Path.Combine(folder, name), labels, pixels);
        }
    }

    private static List<string> BatchNames(DataSplit split) => split switch
    {
        DataSplit.Train => [.. CifarBinaryFormat.TrainBatches],
        DataSplit.Test => [CifarBinaryFormat.TestBatch],
        _ => [.. CifarBinaryFormat.TrainBatches, CifarBinaryFormat.TestBatch],
    };

    private static IReadOnlyList<string>? Probe(string dir, IReadOnlyList<string> batches)
    {
        foreach (var folder in new[] { Path.Combine(dir, CifarBinaryFormat.BatchFolder), dir })
        {
            var paths = batches.Select(b => Path.Combine(folder, b)).ToList();
            if (paths.All(File.Exists))
                return paths;
        }
        var archive = Path.Combine(dir, ArchiveName);
        return File.Exists(archive) ? [archive] : null;
    }

    private static byte[] Concat(IReadOnlyList<byte[]> parts)
    {
        if (parts.Count == 1)
            return parts[0];
        var result = new byte[parts.Sum(p => (long)p.Length)];
        long at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(result, at);
            at += part.Length;
        }
        return result;
    }
}
