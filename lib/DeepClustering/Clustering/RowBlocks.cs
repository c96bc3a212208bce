using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>
/// Managed sweeps over the rows of a contiguous CPU tensor without copying it: blocks of rows small enough for an
/// int-indexed span over the tensor's own memory, each split into one contiguous range per worker.
/// </summary>
internal static unsafe class RowBlocks
{
    /// <summary>Largest block, in bytes.</summary>
    private const long MaxBlockBytes = 1L << 30;

    /// <summary>Rows per block: at most <paramref name="wanted"/> and at most 1 GiB of data.</summary>
    public static long BlockRows(Tensor x, long wanted) =>
        Math.Max(1, Math.Min(wanted, MaxBlockBytes / Math.Max(1, x.shape[1] * x.ElementSize)));

    /// <summary>The address of the first element of <paramref name="block"/> (a contiguous CPU tensor kept alive by the caller).</summary>
    public static nint Address(Tensor block) => (nint)Unsafe.AsPointer(ref MemoryMarshal.GetReference(block.bytes));

    /// <summary>
    /// Calls <paramref name="body"/>(worker, from, to) on <paramref name="workers"/> threads for contiguous ranges covering
    /// 0..<paramref name="rows"/>-1.
    /// </summary>
    public static void Split(int rows, int workers, Action<int, int, int> body)
    {
        var perWorker = (rows + workers - 1) / workers;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var from = w * perWorker;
            var to = Math.Min(rows, from + perWorker);
            if (from < to) body(w, from, to);
        });
    }

    /// <summary>A row visitor: the row, its index in the data, the worker running it.</summary>
    public delegate void RowVisitor<T>(ReadOnlySpan<T> row, int index, int worker);

    /// <summary>Visits every row of <paramref name="x"/> (contiguous, element type <typeparamref name="T"/>) on <paramref name="workers"/> threads.</summary>
    public static void ForEachRow<T>(Tensor x, long blockRows, int workers, RowVisitor<T> visit) where T : unmanaged
    {
        var n = x.shape[0];
        var d = (int)x.shape[1];
        for (long start = 0; start < n; start += blockRows)
        {
            var rows = (int)Math.Min(blockRows, n - start);
            using var block = x.narrow(0, start, rows);
            var address = Address(block);
            var offset = (int)start;
            Split(rows, workers, (w, from, to) =>
            {
                var data = new ReadOnlySpan<T>((void*)address, to * d);
                for (var i = from; i < to; i++) visit(data.Slice(i * d, d), offset + i, w);
            });
        }
    }
}
