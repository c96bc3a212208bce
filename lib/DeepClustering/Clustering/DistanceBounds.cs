using System.Numerics;
using TensorPrimitives = System.Numerics.Tensors.TensorPrimitives;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>
/// Distance bounds for <see cref="LloydPass{T}"/> in the manner of Elkan and Hamerly: per row an upper bound on the
/// distance to its assigned centroid and a lower bound on the distance to each other one, moved by the centroid
/// shifts, so that a row whose label provably cannot change skips the distance sweep.
/// </summary>
/// <remarks>
/// Exactness. The sweep labels a row with the first index of the minimum of q_c = fl(|c|^2 - 2 x.c), computed in
/// <typeparamref name="T"/> by <see cref="RowDots"/> or <see cref="RowPairDots"/> (products and sums in any order,
/// with or without fused multiply-add). Let P_c be the same expression in exact arithmetic on the same inputs, and u the
/// unit roundoff of <typeparamref name="T"/>. Any summation of d products errs by at most gamma(d) sum |x_j c_j| &lt;=
/// gamma(d) |x| |c| (gamma(n) = n u / (1 - n u)); |c|^2 errs by at most gamma(d) |c|^2; doubling is exact and the
/// final subtraction adds one rounding. So |q_c - P_c| &lt;= E = r (C^2 + 2 |x| C) with r = 2 (d + 2) u (which bounds
/// gamma(d + 2) while (d + 2) u &lt;= 1/4) and C &gt;= max |c|. Since P_c - P_a = |x - c|^2 - |x - a|^2, a row with
/// label a keeps it for certain when L_c^2 - U^2 &gt; 2 E for every c != a, U an upper bound on |x - a| and L_c a lower
/// bound on |x - c| above U: then q_c - q_a &gt;= (P_c - P_a) - 2 E &gt; 0, a strict minimum, so tie-breaking never
/// matters. U and L_c come from computed q values (widened by E and by the error of |x|^2), U grows by a's shift and
/// L_c shrinks by c's, and L_c also takes the triangle bound |a - c| - U. All bound arithmetic is in float64 and widened
/// by a relative slack far above its own rounding, so every U stays above and every L_c below the true value.
/// </remarks>
internal sealed class DistanceBounds<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Lower bounds tightened by one dot product each before a row takes the full sweep.</summary>
    private const int MaxTightened = 2;

    private readonly int _k, _d;
    private readonly double _rounding, _slack;
    private readonly double[] _upper, _lower, _squaredNorms, _norms;
    private readonly double[] _shift, _gaps;
    private T[]? _previous;
    private bool _ready;
    private double _largestCenter;

    /// <summary>Bounds for the rows of <paramref name="x"/> (contiguous [n, d] of <typeparamref name="T"/>) and <paramref name="k"/> centroids.</summary>
    public DistanceBounds(Tensor x, int k, long blockRows, int workers)
    {
        var n = (int)x.shape[0];
        _k = k;
        _d = (int)x.shape[1];
        _rounding = 2 * (_d + 2) * UnitRoundoff;
        _slack = 1e-12 + 8.0 * (_d + 4) * Math.ScaleB(1, -53); // far above float64's rounding of the bound arithmetic
        _upper = new double[n];
        _lower = new double[checked(n * k)];
        _squaredNorms = new double[n];
        _norms = new double[n];
        _shift = new double[k];
        _gaps = new double[k * k];
        var rounding = _rounding;
        var slack = _slack;
        var squared = _squaredNorms;
        var norms = _norms;
        RowBlocks.ForEachRow<T>(x, blockRows, workers, (row, i, _) =>
        {
            squared[i] = double.CreateTruncating(TensorPrimitives.SumOfSquares(row)); // within r |x|^2 of the exact value
            norms[i] = Math.Sqrt(squared[i] * (1 + rounding)) * (1 + slack);
        });
    }

    /// <summary>Whether the error bound holds for <typeparamref name="T"/> in <paramref name="d"/> dimensions ((d + 2) u &lt;= 1/4).</summary>
    public static bool Applies(int d) => (d + 2) * UnitRoundoff <= 0.25;

    private static double UnitRoundoff => double.CreateTruncating(T.BitIncrement(T.One) - T.One) / 2;

    /// <summary>Takes <paramref name="centers"/> as the centroids of the coming assignment: the shifts from the last ones and the centroid gaps.</summary>
    public void Advance(T[] centers)
    {
        _largestCenter = 0;
        for (var c = 0; c < _k; c++)
        {
            _largestCenter = Math.Max(_largestCenter, Math.Sqrt(SquaredDistance(centers, c, null, 0)) * (1 + _slack));
            _shift[c] = _previous is null ? 0 : Math.Sqrt(SquaredDistance(centers, c, _previous, c)) * (1 + _slack);
            for (var a = 0; a < _k; a++) _gaps[a * _k + c] = Math.Sqrt(SquaredDistance(centers, a, centers, c)) * (1 - _slack);
        }
        _ready = _previous is not null; // every row was computed in the assignment before
        _previous ??= new T[centers.Length];
        centers.CopyTo(_previous, 0);
    }

    /// <summary>
    /// Moves row <paramref name="i"/>'s bounds by the shifts and returns whether its label <paramref name="label"/> provably
    /// stays. Where the moved bounds do not show it, the upper bound and then up to <see cref="MaxTightened"/> failing
    /// lower bounds are tightened from the row's own q values (one dot product each, within the same E).
    /// </summary>
    public bool Keeps(int i, long label, ReadOnlySpan<T> row, T[] centers, T[] centerNorms)
    {
        if (!_ready) return false;
        var a = (int)label;
        var lower = _lower.AsSpan(i * _k, _k);
        for (var c = 0; c < _k; c++) lower[c] = Math.Max(0, lower[c] - _shift[c]) * (1 - _slack);
        var error = Error(i);
        var upper = (_upper[i] + _shift[a]) * (1 + _slack);
        if (Separated(upper, lower, a, error, -1) < 0)
        {
            _upper[i] = upper;
            return true;
        }
        _upper[i] = upper = Upper(i, Q(row, centers, centerNorms, a), error);
        var c0 = -1;
        for (var tightened = 0; tightened <= MaxTightened; tightened++)
        {
            c0 = Separated(upper, lower, a, error, c0);
            if (c0 < 0) return true;
            if (tightened == MaxTightened) break;
            lower[c0] = Lower(i, Q(row, centers, centerNorms, c0), error);
            c0--; // test the tightened centroid again
        }
        return false;
    }

    /// <summary>Sets row <paramref name="i"/>'s bounds from its computed q values and label.</summary>
    public void Reset(int i, ReadOnlySpan<T> q, int label)
    {
        var error = Error(i);
        var lower = _lower.AsSpan(i * _k, _k);
        for (var c = 0; c < _k; c++) lower[c] = Lower(i, double.CreateTruncating(q[c]), error);
        _upper[i] = Upper(i, double.CreateTruncating(q[label]), error);
    }

    /// <summary>
    /// The first centroid after <paramref name="after"/> (other than <paramref name="a"/>) not provably farther than
    /// <paramref name="a"/> by more than 2 E in q, or -1 when there is none.
    /// </summary>
    private int Separated(double upper, ReadOnlySpan<double> lower, int a, double error, int after)
    {
        var needed = upper * upper * (1 + _slack) + 2 * error * (1 + _slack);
        for (var c = after + 1; c < _k; c++)
        {
            if (c == a) continue;
            var bound = Math.Max(lower[c], (_gaps[a * _k + c] - upper) * (1 - _slack));
            if (bound <= upper || bound * bound * (1 - _slack) <= needed) return c;
        }
        return -1;
    }

    /// <summary>q_c of <paramref name="row"/> as the sweep computes it, up to the order of the sums (covered by E).</summary>
    private double Q(ReadOnlySpan<T> row, T[] centers, T[] centerNorms, int c) =>
        double.CreateTruncating(centerNorms[c] - T.CreateTruncating(2) * TensorPrimitives.Dot(row, new ReadOnlySpan<T>(centers, c * _d, _d)));

    /// <summary>A lower bound on row <paramref name="i"/>'s distance to the centroid whose computed q value is <paramref name="q"/>.</summary>
    private double Lower(int i, double q, double error)
    {
        var low = _squaredNorms[i] * (1 - _rounding);
        return Math.Sqrt(Math.Max(0, q - error + low - _slack * (Math.Abs(q) + error + low))) * (1 - _slack);
    }

    /// <summary>An upper bound on row <paramref name="i"/>'s distance to the centroid whose computed q value is <paramref name="q"/>.</summary>
    private double Upper(int i, double q, double error)
    {
        var high = _squaredNorms[i] * (1 + _rounding);
        return Math.Sqrt(Math.Max(0, q + error + high + _slack * (Math.Abs(q) + error + high))) * (1 + _slack);
    }

    /// <summary>The bound E on |q_c - P_c| for row <paramref name="i"/> and the current centroids.</summary>
    private double Error(int i) => _rounding * (_largestCenter * _largestCenter + 2 * _norms[i] * _largestCenter);

    /// <summary>|a_row - b_other|^2 in float64 (|a_row|^2 when <paramref name="b"/> is null).</summary>
    private double SquaredDistance(T[] a, int row, T[]? b, int other)
    {
        var sum = 0.0;
        for (var j = 0; j < _d; j++)
        {
            var delta = double.CreateTruncating(a[row * _d + j]) - (b is null ? 0 : double.CreateTruncating(b[other * _d + j]));
            sum += delta * delta;
        }
        return sum;
    }
}
