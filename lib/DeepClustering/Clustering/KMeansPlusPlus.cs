using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>
/// Greedy k-means++ seeding as scikit-learn implements it: the first centre is a uniform row; each next one is the best of
/// 2 + floor(ln k) rows drawn with probability proportional to their squared distance to the nearest centre so far, "best"
/// meaning the one that leaves the smallest total squared distance.
/// </summary>
internal static class KMeansPlusPlus
{
    /// <summary>The row indices of <paramref name="k"/> seeds drawn from <paramref name="random"/>.</summary>
    public static long[] Seeds(Tensor x, int k, Random random)
    {
        using var scope = NewDisposeScope();
        var n = (int)x.shape[0];
        var trials = 2 + (int)Math.Log(k);
        var norms = x.square().sum(1);
        var chosen = new long[k];
        chosen[0] = random.Next(n);
        var closest = SquaredDistances(x, norms, [chosen[0]]).squeeze(0);
        var potential = closest.sum(type: ScalarType.Float64).item<double>();
        for (var c = 1; c < k; c++)
        {
            using var step = NewDisposeScope();
            var cumulative = closest.cumsum(0, type: ScalarType.Float64).data<double>().ToArray();
            var candidates = new long[trials];
            for (var t = 0; t < trials; t++)
                candidates[t] = Math.Min(SearchLeft(cumulative, random.NextDouble() * potential), n - 1);
            var distances = torch.minimum(SquaredDistances(x, norms, candidates), closest.unsqueeze(0));
            var potentials = distances.sum(1, type: ScalarType.Float64);
            var best = potentials.argmin().item<long>();
            potential = potentials[best].item<double>();
            chosen[c] = candidates[best];
            closest = distances[best].MoveToOuterDisposeScope();
        }
        return chosen;
    }

    /// <summary>A (rows.Length, n) tensor of squared distances from the given rows to every row, clamped at 0.</summary>
    private static Tensor SquaredDistances(Tensor x, Tensor norms, long[] rows)
    {
        using var index = torch.tensor(rows);
        var points = x.index_select(0, index);
        var pointNorms = norms.index_select(0, index).unsqueeze(1);
        return torch.addmm(norms.unsqueeze(0) + pointNorms, points, x.t(), beta: 1, alpha: -2).clamp_min_(0);
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
