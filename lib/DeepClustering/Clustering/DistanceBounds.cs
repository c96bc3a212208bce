using System.Numerics;
using System.Runtime.CompilerServices;
using TensorPrimitives = System.Numerics.Tensors.TensorPrimitives;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>
/// Distance bounds for <see cref="LloydPass{T}"/> after Hamerly and Elkan: per row an upper bound on the distance to
/// its assigned centroid, a lower bound on the distance to each other one and one to all others, moved by the centroid
/// shifts, so that a row whose label provably cannot change skips the distance sweep.
/// </summary>
/// <remarks>
/// Exactness. The sweep labels a row with the first index of the minimum of q_c = fl(|c|^2 - 2 x.c), computed in
/// <typeparamref name="T"/> by <see cref="RowDots"/> or <see cref="RowPairDots"/> (products and sums in any order, with
/// or without fused multiply-add). Let P_c be the same expression in exact arithmetic on the same inputs, and u the
/// unit roundoff of <typeparamref name="T"/>. Any summation of d products errs by at most gamma(d) sum |x_j c_j| &lt;=
/// gamma(d) |x| |c| (gamma(n) = n u / (1 - n u)); |c|^2 errs by at most gamma(d) |c|^2; doubling is exact and the final
/// subtraction adds one rounding. So |q_c - P_c| &lt;= E = r (C^2 + 2 |x| C) with r = 2(d+2)u (which bounds gamma(d+2)
/// while (d+2)u &lt;= 1/4) and C &gt;= max |c|. Since P_c - P_a = |x - c|^2 - |x - a|^2, a row with label a keeps it
/// for certain when L_c^2 - U^2 &gt; 2 E for every c != a, U an upper bound on |x - a| and L_c a lower bound on |x - c|
/// above U: then q_c - q_a &gt;= (P_c - P_a) - 2 E &gt; 0, a strict minimum, so tie-breaking never matters. U and L_c
/// come from computed q values (widened by E and by the error of |x|^2); since a centroid moves at most the sum of its
/// shifts, they are stored net of each centroid's running shift total (U grows by a's, L_c shrinks by c's, the bound on
/// all others by the total of the largest shifts), and L_c also takes the triangle bound |a - c| - U. All bound
/// arithmetic is in float64 and widened by a relative slack far above its own rounding, so every U stays above and
/// every L below the true value.
/// </remarks>
internal sealed class DistanceBounds<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Lower bounds tightened by one dot product each before a row takes the full sweep.</summary>
    private const int MaxTightened = 2;

    private readonly int _k, _d;
    private readonly double _rounding, _slack;
    private readonly double[] _upper, _lower, _others, _squaredNorms, _norms;
    private readonly double[] _travel, _gaps, _separation;
    private T[]? _previous;
    private bool _ready;
    private double _largestCenter, _largestTravel;

    /// <summary>Bounds for the rows of <paramref name="x"/> (contiguous [n, d]) and k centroids.</summary>
    public DistanceBounds(Tensor x, int k, long blockRows, int workers)
    {
        var n = (int)x.shape[0];
        _k = k;
        _d = (int)x.shape[1];
        _rounding = 2 * (_d + 2) * UnitRoundoff;
        _slack = 1e-12 + 8.0 * (_d + 4) * Math.ScaleB(1, -53); // far above float64's rounding of the bound arithmetic
        _upper = new double[n];
        _lower = new double[checked(n * k)];
        _others = new double[n];
        _squaredNorms = new double[n];
        _norms = new double[n];
        _travel = new double[k];
        _gaps = new double[k * k];
        _separation = new double[k];
        var rounding = _rounding;
        var slack = _slack;
        var squared = _squaredNorms;
        var norms = _norms;
        RowBlocks.ForEachRow<T>(x, blockRows, workers, (row, i, _) =>
        {
            squared[i] = double.CreateTruncating(TensorPrimitives.SumOfSquares(row)); // within r |x|^2 of exact
            norms[i] = Math.Sqrt(squared[i] * (1 + rounding)) * (1 + slack);
        });
    }

    /// <summary>
    /// Whether bounds pay for <paramref name="k"/> centroids in <paramref name="d"/> dimensions: k float64 per row
    /// take at most the row's own memory (below that the sweep is about as cheap as the bound checks), and the error
    /// bound holds ((d + 2) u &lt;= 1/4).
    /// </summary>
    public static bool Applies(int k, int d) =>
        (long)k * sizeof(double) <= (long)d * Unsafe.SizeOf<T>() && (d + 2) * UnitRoundoff <= 0.25;

    private static double UnitRoundoff => double.CreateTruncating(T.BitIncrement(T.One) - T.One) / 2;

    /// <summary>Takes the centroids of the next assignment: shifts into the running totals, gaps.</summary>
    public void Advance(T[] centers)
    {
        _largestCenter = 0;
        var largestShift = 0.0;
        for (var c = 0; c < _k; c++)
        {
            _largestCenter = Math.Max(_largestCenter, Math.Sqrt(SquaredDistance(centers, c, null, 0)) * (1 + _slack));
            var shift = _previous is null ? 0 : Math.Sqrt(SquaredDistance(centers, c, _previous, c)) * (1 + _slack);
            _travel[c] += shift;
            largestShift = Math.Max(largestShift, shift);
            for (var a = 0; a < _k; a++)
                _gaps[a * _k + c] = Math.Sqrt(SquaredDistance(centers, a, centers, c)) * (1 - _slack);
        }
        _largestTravel += largestShift;
        for (var a = 0; a < _k; a++)
        {
            var gap = double.PositiveInfinity;
            for (var c = 0; c < _k; c++) if (c != a) gap = Math.Min(gap, _gaps[a * _k + c]);
            _separation[a] = gap;
        }
        _ready = _previous is not null; // every row was computed in the assignment before
        _previous ??= new T[centers.Length];
        centers.CopyTo(_previous, 0);
    }

    /// <summary>
    /// Whether row <paramref name="i"/>'s label <paramref name="label"/> provably stays: first from the bound on all
    /// other centroids, then from each one's; failing that, after tightening the upper bound and up to
    /// <see cref="MaxTightened"/> lower bounds from the row's own q values (one dot product each, within the same E).
    /// </summary>
    public bool Keeps(int i, long label, ReadOnlySpan<T> row, T[] centers, T[] centerNorms)
    {
        if (!_ready) return false;
        var a = (int)label;
        var error = Error(i);
        var upper = Grown(_upper[i], _travel[a]);
        if (Clear(upper, Math.Max(Shrunk(_others[i], _largestTravel), (_separation[a] - upper) * (1 - _slack)), error))
            return true;
        var lower = _lower.AsSpan(i * _k, _k);
        var c0 = Unclear(upper, lower, a, error, -1);
        if (c0 >= 0)
        {
            upper = Upper(i, Q(row, centers, centerNorms, a), error);
            _upper[i] = Net(upper, _travel[a]);
            c0 = -1;
            for (var tightened = 0; (c0 = Unclear(upper, lower, a, error, c0)) >= 0; tightened++)
            {
                if (tightened == MaxTightened) return false;
                lower[c0] = Gross(Lower(i, Q(row, centers, centerNorms, c0), error), _travel[c0]);
                c0--; // test the tightened centroid again
            }
        }
        var others = double.PositiveInfinity; // refresh the bound on all others for the next assignments
        for (var c = 0; c < _k; c++) if (c != a) others = Math.Min(others, Shrunk(lower[c], _travel[c]));
        _others[i] = Gross(others, _largestTravel);
        return true;
    }

    /// <summary>Sets row <paramref name="i"/>'s bounds from its computed q values and label.</summary>
    public void Reset(int i, ReadOnlySpan<T> q, int label)
    {
        var error = Error(i);
        var lower = _lower.AsSpan(i * _k, _k);
        var others = double.PositiveInfinity;
        for (var c = 0; c < _k; c++)
        {
            var bound = Lower(i, double.CreateTruncating(q[c]), error);
            lower[c] = Gross(bound, _travel[c]);
            if (c != label) others = Math.Min(others, bound);
        }
        _others[i] = Gross(others, _largestTravel);
        _upper[i] = Net(Upper(i, double.CreateTruncating(q[label]), error), _travel[label]);
    }

    /// <summary>Whether a lower bound on other centroids' distances proves the label (2 E of margin in q).</summary>
    private bool Clear(double upper, double lower, double error) =>
        lower > upper && lower * lower * (1 - _slack) - upper * upper * (1 + _slack) > 2 * error * (1 + _slack);

    /// <summary>The first centroid after <paramref name="after"/>, other than a, left unproven; or -1.</summary>
    private int Unclear(double upper, ReadOnlySpan<double> lower, int a, double error, int after)
    {
        for (var c = after + 1; c < _k; c++)
        {
            if (c == a) continue;
            var bound = Math.Max(Shrunk(lower[c], _travel[c]), (_gaps[a * _k + c] - upper) * (1 - _slack));
            if (!Clear(upper, bound, error)) return c;
        }
        return -1;
    }

    /// <summary>A stored upper bound moved by its centroid's running shift total.</summary>
    private double Grown(double stored, double travel) => stored + travel + _slack * (Math.Abs(stored) + travel);

    /// <summary>An upper bound stored net of the running shift total (Grown gives it back or more).</summary>
    private double Net(double upper, double travel) => upper - travel + _slack * (upper + travel);

    /// <summary>A stored lower bound moved by its centroid's running shift total.</summary>
    private double Shrunk(double stored, double travel) =>
        Math.Max(0, stored - travel - _slack * (Math.Abs(stored) + travel));

    /// <summary>A lower bound stored with the running shift total (Shrunk gives it back or less).</summary>
    private double Gross(double lower, double travel) => lower + travel - _slack * (lower + travel);

    /// <summary>q_c of the row as the sweep computes it, up to the order of the sums (within E).</summary>
    private double Q(ReadOnlySpan<T> row, T[] centers, T[] centerNorms, int c)
    {
        var dot = TensorPrimitives.Dot(row, new ReadOnlySpan<T>(centers, c * _d, _d));
        return double.CreateTruncating(centerNorms[c] - T.CreateTruncating(2) * dot);
    }

    /// <summary>A lower bound on row <paramref name="i"/>'s distance to a centroid of computed q value q.</summary>
    private double Lower(int i, double q, double error)
    {
        var low = _squaredNorms[i] * (1 - _rounding);
        return Math.Sqrt(Math.Max(0, q - error + low - _slack * (Math.Abs(q) + error + low))) * (1 - _slack);
    }

    /// <summary>An upper bound on row <paramref name="i"/>'s distance to a centroid of computed q value q.</summary>
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
            var from = b is null ? 0 : double.CreateTruncating(b[other * _d + j]);
            var delta = double.CreateTruncating(a[row * _d + j]) - from;
            sum += delta * delta;
        }
        return sum;
    }
}
