using TorchSharp;

namespace DeepClustering.Data;

/// <summary>A tabular data set in memory: features float64 [N, F] and labels int64 [N].</summary>
/// <param name="Name">The data set's name, e.g. <c>breast-cancer-wisconsin-original</c>.</param>
/// <param name="Features">float64 tensor [N, F], as stored in the file (no scaling).</param>
/// <param name="Labels">int64 tensor [N], values in 0 .. ClassNames.Count - 1.</param>
/// <param name="FeatureNames">The name of each feature column.</param>
/// <param name="ClassNames">The name of each class, indexed by label.</param>
/// <param name="SourceLines">The 1-based line of the file each row came from (rows may be dropped by a missing-value policy).</param>
/// <param name="Source">The file the rows were read from and where it was found.</param>
public sealed record LabeledTable(string Name, torch.Tensor Features, torch.Tensor Labels, IReadOnlyList<string> FeatureNames, IReadOnlyList<string> ClassNames, IReadOnlyList<int> SourceLines, string Source) : IDisposable
{
    /// <summary>The number of rows.</summary>
    public long Count => Features.shape[0];

    /// <summary>The number of classes.</summary>
    public int ClassCount => ClassNames.Count;

    /// <summary>The feature tensor's shape, e.g. <c>699x9</c>.</summary>
    public string ShapeText => string.Join("x", Features.shape);

    /// <summary>Releases both tensors' native memory.</summary>
    public void Dispose()
    {
        Features.Dispose();
        Labels.Dispose();
    }
}
