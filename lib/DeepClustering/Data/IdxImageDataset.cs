namespace DeepClustering.Data;

/// <summary>Loads an MNIST-format data set (IDX image and label files, raw or .gz) into one float tensor: shared by <see cref="Mnist"/> and <see cref="FashionMnist"/>.</summary>
internal static class IdxImageDataset
{
    private static readonly (string Images, string Labels) TrainFiles = ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz");
    private static readonly (string Images, string Labels) TestFiles = ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    /// <summary>Locates and loads <paramref name="split"/> of data set <paramref name="dataset"/>.</summary>
    public static LabeledImages Load(string dataset, IReadOnlyList<string> classNames, DataSplit split, string? dataDir, DataLocator? locator)
    {
        var parts = split switch
        {
            DataSplit.Train => new[] { TrainFiles },
            DataSplit.Test => [TestFiles],
            _ => [TrainFiles, TestFiles],
        };
        var located = (locator ?? DataLocator.Default).Locate(dataset, parts.SelectMany(p => new[] { p.Images, p.Labels }).ToList(), dataDir);
        var pairs = Enumerable.Range(0, parts.Length).Select(i => (Images: located.Paths[2 * i], Labels: located.Paths[2 * i + 1])).ToList();
        var (images, labels, trainCount) = Read(pairs, classNames.Count);
        return new LabeledImages(dataset, split, images, labels, classNames, split == DataSplit.Test ? 0 : trainCount, located.Location.ToString());
    }

    /// <summary>Reads image/label file pairs into one image tensor [N, 1, H, W] and one label tensor; returns the first pair's count too.</summary>
    public static (TorchSharp.torch.Tensor Images, TorchSharp.torch.Tensor Labels, long FirstCount) Read(IReadOnlyList<(string Images, string Labels)> pairs, int classCount)
    {
        var sources = new List<IdxSource>();
        try
        {
            foreach (var (imagesPath, labelsPath) in pairs)
            {
                sources.Add(IdxSource.Open(imagesPath, expectedRank: 3));
                sources.Add(IdxSource.Open(labelsPath, expectedRank: 1));
            }
            var first = sources[0].Header.Dimensions;
            long total = 0;
            for (var i = 0; i < sources.Count; i += 2)
            {
                var (image, label) = (sources[i], sources[i + 1]);
                var dims = image.Header.Dimensions;
                if (dims[1] != first[1] || dims[2] != first[2])
                    throw new DataFormatException(image.Path, $"images are {dims[1]}x{dims[2]} but {sources[0].Path} has {first[1]}x{first[2]}; expected the same size", offset: 8);
                if (label.Header.Dimensions[0] != dims[0])
                    throw new DataFormatException(label.Path,
                        $"holds {label.Header.Dimensions[0]} labels but the image file {image.Path} holds {dims[0]} images; expected one label per image", offset: 4);
                total += dims[0];
            }
            var pixels = (long)first[1] * first[2];
            if (total * pixels > Array.MaxLength)
                throw new DataFormatException(sources[0].Path, $"{total} images of {pixels} pixels exceed what one array holds");
            var imageBytes = new byte[total * pixels];
            var labelBytes = new byte[total];
            long at = 0;
            for (var i = 0; i < sources.Count; i += 2)
            {
                var n = sources[i].Header.Dimensions[0];
                sources[i].ReadData(imageBytes.AsSpan((int)(at * pixels), (int)(n * pixels)));
                var labelSpan = labelBytes.AsSpan((int)at, n);
                sources[i + 1].ReadData(labelSpan);
                var bad = labelSpan.IndexOfAnyInRange((byte)classCount, byte.MaxValue);
                if (bad >= 0)
                    throw new DataFormatException(sources[i + 1].Path, $"label {labelSpan[bad]} of item {bad} is out of range; expected 0..{classCount - 1}", offset: sources[i + 1].Header.Length + bad);
                at += n;
            }
            var imageTensor = TensorFactory.UnitFloats(imageBytes, [total, 1, first[1], first[2]]);
            return (imageTensor, TensorFactory.Labels(labelBytes), sources[0].Header.Dimensions[0]);
        }
        finally
        {
            foreach (var source in sources)
                source.Dispose();
        }
    }
}
