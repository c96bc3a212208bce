using DeepClustering.Numerics;
using TorchSharp;

namespace DeepClustering.Data;

/// <summary>An image data set in memory: images float32 [N, C, H, W] in [0, 1] and labels int64 [N].</summary>
/// <param name="Name">The data set's name, e.g. <c>mnist</c>.</param>
/// <param name="Split">Which split was loaded (for <see cref="DataSplit.All"/>: training rows first, then test rows).</param>
/// <param name="Images">float32 tensor [N, C, H, W], values in [0, 1].</param>
/// <param name="Labels">int64 tensor [N], values in 0 .. ClassNames.Count - 1.</param>
/// <param name="ClassNames">The name of each class, indexed by label.</param>
/// <param name="TrainCount">How many leading rows come from the training split (N for Train, 0 for Test).</param>
/// <param name="Source">Where the files were found, e.g. <c>/data/mnist (DEEPCLUSTERING_DATA)</c>.</param>
public sealed record LabeledImages(string Name, DataSplit Split, torch.Tensor Images, torch.Tensor Labels, IReadOnlyList<string> ClassNames, long TrainCount, string Source) : IDisposable
{
    /// <summary>The number of images.</summary>
    public long Count => Images.shape[0];

    /// <summary>The number of classes.</summary>
    public int ClassCount => ClassNames.Count;

    /// <summary>The image tensor's shape, e.g. <c>70000x1x28x28</c>.</summary>
    public string ShapeText => string.Join("x", Images.shape);

    /// <summary>
    /// A seeded random pick of <paramref name="count"/> images without replacement: the first <paramref name="count"/>
    /// of <c>new Random(seed).Shuffle(0..N-1)</c>, in that order; the whole set (this instance) when count covers it.
    /// </summary>
    public LabeledImages SeededPick(int count, int seed)
    {
        OptionOutOfRangeException.ThrowUnless(count >= 0, nameof(count), count, "at least 0");
        if (count >= Count)
            return this;
        // SeededSample draws as Random.Shuffle does (Next(i, n) for i = 0, 1, ...), stopping after the rows it needs.
        using var rows = torch.tensor(SeededSample.Indices(checked((int)Count), count, seed).Select(i => (long)i).ToArray());
        return this with { Images = Images.index_select(0, rows), Labels = Labels.index_select(0, rows), TrainCount = Math.Min(TrainCount, count) };
    }

    /// <summary>Releases both tensors' native memory.</summary>
    public void Dispose()
    {
        Images.Dispose();
        Labels.Dispose();
    }
}
