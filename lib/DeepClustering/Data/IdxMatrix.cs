using TorchSharp;

namespace DeepClustering.Data;

/// <summary>Reads any unsigned-byte IDX file (raw or .gz) as a matrix: one row per item, every byte divided by 255.</summary>
public static class IdxMatrix
{
    /// <summary>The items of <paramref name="path"/> as a float32 tensor [items, values per item] in [0, 1] (e.g. [10000, 784] for MNIST test images).</summary>
    /// <exception cref="DataFormatException">Not an unsigned-byte IDX file, or a length that disagrees with the header (file and byte offset named).</exception>
    public static torch.Tensor Read(string path)
    {
        var rank = IdxReader.ReadHeader(path).Dimensions.Count;
        var (header, data) = IdxReader.ReadBytes(path, rank);
        long items = header.Dimensions[0];
        var width = header.Dimensions.Skip(1).Aggregate(1L, (product, d) => product * d);
        return TensorFactory.UnitFloats(data, [items, width]);
    }
}
