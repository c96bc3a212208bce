using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>
/// The update step: each centroid becomes the mean of its rows (sums as one-hot matrix products per block). A cluster left
/// empty takes the row farthest from its current centroid, which leaves its old cluster, as scikit-learn does; never NaN.
/// </summary>
internal static class CentroidUpdate
{
    /// <summary>The new (k, d) centroids for <paramref name="labels"/>; <paramref name="centers"/> are the ones the labels came from.</summary>
    public static Tensor Means(Tensor x, Tensor centers, Tensor labels, long blockRows)
    {
        var n = x.shape[0];
        var k = centers.shape[0];
        var sums = torch.zeros_like(centers);
        for (long start = 0; start < n; start += blockRows)
        {
            using var scope = NewDisposeScope();
            var rows = Math.Min(blockRows, n - start);
            var hot = torch.nn.functional.one_hot(labels.narrow(0, start, rows), k).to_type(x.dtype);
            sums.addmm_(hot.t(), x.narrow(0, start, rows));
        }
        using var countTensor = torch.bincount(labels, minlength: k);
        var counts = countTensor.data<long>().ToArray();
        if (counts.Contains(0)) RelocateEmpty(x, centers, labels, sums, counts);
        using var divisor = torch.tensor(counts.Select(c => (double)Math.Max(c, 1)).ToArray()).to_type(x.dtype).unsqueeze(1);
        return sums.div_(divisor);
    }

    private static void RelocateEmpty(Tensor x, Tensor centers, Tensor labels, Tensor sums, long[] counts)
    {
        using var scope = NewDisposeScope();
        var empty = Enumerable.Range(0, counts.Length).Where(c => counts[c] == 0).ToArray();
        var distances = AssignedDistances.Squared(x, centers, labels);
        var far = distances.topk(empty.Length).indexes.data<long>().ToArray();
        var owners = labels.data<long>();
        for (var i = 0; i < empty.Length; i++)
        {
            var row = x[far[i]];
            var owner = owners[far[i]];
            sums[owner].sub_(row);
            sums[empty[i]].copy_(row);
            counts[owner]--;
            counts[empty[i]] = 1;
        }
    }
}
