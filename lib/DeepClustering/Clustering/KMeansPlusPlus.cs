using System.Numerics;
using TorchSharp;
using static TorchSharp.torch;
using TensorPrimitives = System.Numerics.Tensors.TensorPrimitives;

namespace DeepClustering.Clustering;

/// <summary>
/// Greedy k-means++ seeding as scikit-learn implements it: the first centre is a uniform row; each next one is the best of
/// 2 + floor(ln k) rows drawn with probability proportional to their squared distance to the nearest centre so far, "best"
/// meaning the one that leaves the smallest total squared distance. The candidate distances are computed in managed
/// sweeps (<see cref="RowDots"/>), one pass over the data per step, for the reason given on <see cref="LloydPass{T}"/>.
/// </summary>
internal static unsafe class KMeansPlusPlus
{
    /// <summary>The row indices of <paramref name="k"/> seeds of <paramref name="x"/> (contiguous float32 or float64) drawn from <paramref name="random"/>.</summary>
    public static long[] Seeds(Tensor x, int k, Random random) =>
        x.dtype == ScalarType.Float64 ? Seeds<double>(x, k, random) : Seeds<float>(x, k, random);

    private static long[] Seeds<T>(Tensor x, int k, Random random) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var n = (int)x.shape[0];
        var d = (int)x.shape[1];
        var workers = Math.Max(1, torch.get_num_threads());
        var blockRows = RowBlocks.BlockRows(x, n);
        var norms = new double[n];
        RowBlocks.ForEachRow<T>(x, blockRows, workers, (row, i, _) => norms[i] = double.CreateTruncating(TensorPrimitives.SumOfSquares(row)));

        var chosen = new long[k];
        chosen[0] = random.Next(n);
        var closest = Distances<T>(x, blockRows, workers, norms, [chosen[0]], null, out _)[0];
        var trials = 2 + (int)Math.Log(k);
        var cumulative = new double[n];
        for (var c = 1; c < k; c++)
        {
            var total = 0.0;
            for (var i = 0; i < n; i++) cumulative[i] = total += closest[i];
            var candidates = new long[trials];
            for (var t = 0; t < trials; t++)
                candidates[t] = Math.Min(SearchLeft(cumulative, random.NextDouble() * total), n - 1);
            var distances = Distances<T>(x, blockRows, workers, norms, candidates, closest, out var potentials);
            var best = Array.IndexOf(potentials, potentials.Min());
            chosen[c] = candidates[best];
            closest = distances[best];
        }
        return chosen;
    }

    /// <summary>
    /// For each given row r: min(|x_i - x_r|^2, bound_i) for every i (no bound when <paramref name="bound"/> is null), and
    /// the sum over i of those values in <paramref name="potentials"/>.
    /// </summary>
    private static double[][] Distances<T>(Tensor x, long blockRows, int workers, double[] norms, long[] rows, double[]? bound, out double[] potentials)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var n = norms.Length;
        var t = rows.Length;
        using var picked = x.index_select(0, torch.tensor(rows)).contiguous();
        var points = HostArrays.FromTensor<T>(picked);
        var offsets = new T[t];
        for (var r = 0; r < t; r++) offsets[r] = T.CreateTruncating(norms[rows[r]]);
        var result = Enumerable.Range(0, t).Select(_ => new double[n]).ToArray();
        var sums = new double[workers, t + 8]; // 8 spare doubles keep workers' sums on separate cache lines
        RowBlocks.ForEachRow<T>(x, blockRows, workers, (row, i, worker) =>
        {
            Span<T> partial = stackalloc T[t];
            RowDots.Distances(row, points, offsets, partial);
            for (var r = 0; r < t; r++)
            {
                var value = Math.Max(0.0, norms[i] + double.CreateTruncating(partial[r]));
                if (bound is not null) value = Math.Min(value, bound[i]);
                result[r][i] = value;
                sums[worker, r] += value;
            }
        });
        potentials = new double[t];
        for (var w = 0; w < workers; w++)
            for (var r = 0; r < t; r++) potentials[r] += sums[w, r];
        return result;
    }

    /// <summary>The first index whose cumulative value is at least <paramref name="value"/> (NumPy's searchsorted, side "left").</summary>
    private static long SearchLeft(double[] cumulative, double value)
    {
        int lo = 0, hi = cumulative.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
