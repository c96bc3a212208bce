using System.Numerics;
using System.Runtime.CompilerServices;
using TensorPrimitives = System.Numerics.Tensors.TensorPrimitives;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>
/// One pass of Lloyd's algorithm over the data, per block of rows: the block's distance matrix |c|^2 - 2 x.c^T (|x|^2 does
/// not change the argmin), then each row's nearest centroid, and the row added into per-worker centroid sums, in one
/// parallel sweep. For few centroids (k &lt;= <see cref="FusedMaxK"/>) the block product is computed inside the sweep with
/// <see cref="RowDots"/> while each row is in cache; for more, one TorchSharp matrix product per block.
/// Hand-written because the library route (matrix product, argmin, then index_add_ or a one-hot product) reads the data
/// several times and synchronises threads per operation: measured here, libtorch's (70k x 784)(784 x 10) product alone took
/// 3-5 times as long as this whole sweep.
/// </summary>
internal sealed unsafe class LloydPass<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Rows added in <typeparamref name="T"/> before the partial sums are folded into float64 totals.</summary>
    private const int FoldRows = 512;

    /// <summary>Rows labelled before they are added, in row order, to the partial sums (still in cache).</summary>
    private const int GroupRows = 64;

    /// <summary>Up to this many centroids the distances are computed in the sweep; above it by a TorchSharp matrix product.</summary>
    public const int FusedMaxK = 32;

    private readonly Tensor _x;
    private readonly int _n, _d, _k, _workers;
    private readonly long _blockRows;
    private readonly double[][] _totals;
    private readonly long[][] _counts;
    private readonly T[][] _partial;
    private readonly DistanceBounds<T>? _bounds;

    /// <summary>The rows of the last <see cref="Assign"/> whose distance sweep the bounds skipped.</summary>
    public long Skipped { get; private set; }

    /// <summary>
    /// Prepares buffers for <paramref name="x"/> (contiguous [n, d] of <typeparamref name="T"/>) and
    /// <paramref name="k"/> clusters; with <paramref name="bounds"/>, <see cref="DistanceBounds{T}"/> skip rows whose
    /// label cannot change (k &lt;= <see cref="FusedMaxK"/>, where <see cref="DistanceBounds{T}.Applies"/>), which
    /// leaves every label as the full sweep gives it.
    /// </summary>
    public LloydPass(Tensor x, int k, long blockRows, int workers, bool bounds = true)
    {
        _x = x;
        _n = (int)x.shape[0];
        _d = (int)x.shape[1];
        _k = k;
        _workers = Math.Max(1, workers);
        _blockRows = RowBlocks.BlockRows(x, blockRows);
        _totals = Enumerable.Range(0, _workers).Select(_ => new double[k * _d]).ToArray();
        _counts = Enumerable.Range(0, _workers).Select(_ => new long[k]).ToArray();
        _partial = Enumerable.Range(0, _workers).Select(_ => new T[k * _d]).ToArray();
        if (bounds && k <= FusedMaxK && DistanceBounds<T>.Applies(k, _d))
            _bounds = new DistanceBounds<T>(x, k, _blockRows, _workers);
    }

    /// <summary>
    /// Writes each row's nearest centroid into <paramref name="labels"/> and returns how many labels changed. With
    /// <paramref name="accumulate"/>, also fills <paramref name="sums"/> (k x d) and <paramref name="counts"/> (k).
    /// </summary>
    public long Assign(T[] centers, long[] labels, bool accumulate, double[] sums, long[] counts)
    {
        using var scope = NewDisposeScope();
        var fused = _k <= FusedMaxK;
        var centerTensor = fused ? null : HostArrays.ToTensor(centers, _k, _d);
        var transposed = centerTensor?.t();
        var norms = centerTensor?.square().sum(1).unsqueeze(0);
        var centerNorms = new T[_k];
        for (var c = 0; c < _k; c++) centerNorms[c] = TensorPrimitives.SumOfSquares(new ReadOnlySpan<T>(centers, c * _d, _d));
        _bounds?.Advance(centers);
        long changed = 0;
        Skipped = 0;
        foreach (var w in _totals) Array.Clear(w);
        foreach (var c in _counts) Array.Clear(c);
        for (long start = 0; start < _n; start += _blockRows)
        {
            using var blockScope = NewDisposeScope();
            var rows = (int)Math.Min(_blockRows, _n - start);
            var block = _x.narrow(0, start, rows);
            var xPointer = RowBlocks.Address(block);
            nint dPointer = 0;
            if (!fused)
            {
                var distances = torch.addmm(norms!, block, transposed!, beta: 1, alpha: -2);
                dPointer = RowBlocks.Address(distances);
            }
            var changes = new long[_workers];
            var skips = new long[_workers];
            var offset = (int)start;
            RowBlocks.Split(rows, _workers, (w, from, to) =>
                (changes[w], skips[w]) =
                    Sweep(w, xPointer, dPointer, from, to, offset, centers, centerNorms, labels, accumulate));
            changed += changes.Sum();
            Skipped += skips.Sum();
        }
        if (accumulate) Reduce(sums, counts);
        return changed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot from the first call: skip the slow first JIT tier
    private (long Changed, long Skipped) Sweep(
        int worker, nint xPointer, nint dPointer, int from, int to, int offset,
        T[] centers, T[] centerNorms, long[] labels, bool accumulate)
    {
        var x = new ReadOnlySpan<T>((void*)xPointer, checked(to * _d));
        var distances = dPointer == 0 ? default : new ReadOnlySpan<T>((void*)dPointer, checked(to * _k));
        var own = new T[_k];
        var pair = new T[_k];
        var partial = _partial[worker];
        var totals = _totals[worker];
        var counts = _counts[worker];
        long changed = 0, skipped = 0;
        for (var chunk = from; chunk < to; chunk += FoldRows)
        {
            var end = Math.Min(to, chunk + FoldRows);
            for (var group = chunk; group < end; group += GroupRows)
            {
                var last = Math.Min(end, group + GroupRows);
                var waiting = -1; // a row waiting for a second one: two rows per sweep of the centroids
                for (var i = group; i < last; i++)
                {
                    if (dPointer != 0) changed += Take(distances.Slice(i * _k, _k), offset + i, labels);
                    else if (_bounds is { } bounds
                             && bounds.Keeps(offset + i, labels[offset + i], x.Slice(i * _d, _d), centers, centerNorms))
                        skipped++;
                    else if (waiting < 0) waiting = i;
                    else
                    {
                        var first = x.Slice(waiting * _d, _d);
                        RowPairDots.Distances(first, x.Slice(i * _d, _d), centers, centerNorms, own, pair);
                        changed += Take(own, offset + waiting, labels) + Take(pair, offset + i, labels);
                        waiting = -1;
                    }
                }
                if (waiting >= 0)
                {
                    RowDots.Distances(x.Slice(waiting * _d, _d), centers, centerNorms, own);
                    changed += Take(own, offset + waiting, labels);
                }
                if (accumulate) Add(x, group, last, offset, labels, partial, counts);
            }
            if (accumulate) Fold(partial, totals);
        }
        return (changed, skipped);
    }

    /// <summary>Labels the row with its nearest centroid (and resets its bounds); 1 when the label changed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Take(ReadOnlySpan<T> rowDistances, int index, long[] labels)
    {
        var label = TensorPrimitives.IndexOfMin(rowDistances);
        _bounds?.Reset(index, rowDistances, label);
        ref var slot = ref labels[index];
        var changed = slot != label ? 1 : 0;
        slot = label;
        return changed;
    }

    /// <summary>Adds rows <paramref name="from"/> to <paramref name="to"/> - 1, in order, to partial sums.</summary>
    private void Add(ReadOnlySpan<T> x, int from, int to, int offset, long[] labels, T[] partial, long[] counts)
    {
        for (var i = from; i < to; i++)
        {
            var label = (int)labels[offset + i];
            var sum = partial.AsSpan(label * _d, _d);
            TensorPrimitives.Add(sum, x.Slice(i * _d, _d), sum);
            counts[label]++;
        }
    }

    private static void Fold(T[] partial, double[] totals)
    {
        for (var j = 0; j < partial.Length; j++) totals[j] += double.CreateTruncating(partial[j]);
        Array.Clear(partial);
    }

    private void Reduce(double[] sums, long[] counts)
    {
        Array.Clear(sums);
        Array.Clear(counts);
        for (var w = 0; w < _workers; w++)
        {
            TensorPrimitives.Add(sums, _totals[w], sums);
            for (var c = 0; c < _k; c++) counts[c] += _counts[w][c];
        }
    }
}
