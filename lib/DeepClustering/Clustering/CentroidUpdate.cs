using System.Numerics;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>
/// The update step: each centroid becomes the mean of its rows. A cluster left empty takes the row farthest from its current
/// centroid, which leaves its old cluster, as scikit-learn does; a centroid is never NaN.
/// </summary>
internal static class CentroidUpdate
{
    /// <summary>
    /// Writes the new centroids into <paramref name="next"/> from the float64 <paramref name="sums"/> and <paramref name="counts"/>
    /// of <paramref name="labels"/> (assigned to <paramref name="centers"/>) and returns the total squared centroid shift.
    /// </summary>
    public static double Apply<T>(Tensor x, T[] centers, long[] labels, double[] sums, long[] counts, T[] next)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var k = counts.Length;
        var d = centers.Length / k;
        if (counts.Contains(0)) RelocateEmpty(x, centers, labels, sums, counts);
        var shift = 0.0;
        for (var c = 0; c < k; c++)
        {
            var divisor = (double)Math.Max(counts[c], 1);
            for (var j = c * d; j < (c + 1) * d; j++)
            {
                next[j] = T.CreateTruncating(sums[j] / divisor);
                var delta = double.CreateTruncating(next[j]) - double.CreateTruncating(centers[j]);
                shift += delta * delta;
            }
        }
        return shift;
    }

    private static void RelocateEmpty<T>(Tensor x, T[] centers, long[] labels, double[] sums, long[] counts)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        using var scope = NewDisposeScope();
        var k = counts.Length;
        var d = centers.Length / k;
        var empty = Enumerable.Range(0, k).Where(c => counts[c] == 0).ToArray();
        var distances = AssignedDistances.Squared(x, HostArrays.ToTensor(centers, k, d), torch.tensor(labels));
        var far = distances.topk(empty.Length).indexes.data<long>().ToArray();
        for (var i = 0; i < empty.Length; i++)
        {
            var row = x[far[i]].to_type(ScalarType.Float64).data<double>().ToArray();
            var owner = labels[far[i]];
            for (var j = 0; j < d; j++)
            {
                sums[owner * d + j] -= row[j];
                sums[empty[i] * d + j] = row[j];
            }
            counts[owner]--;
            counts[empty[i]] = 1;
        }
    }
}
