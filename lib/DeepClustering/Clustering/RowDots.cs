using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TensorPrimitives = System.Numerics.Tensors.TensorPrimitives;

namespace DeepClustering.Clustering;

/// <summary>
/// One row of the block product x.c^T: the dot products of a data row with every centroid, four centroids per sweep of
/// the row so that each loaded row vector feeds four multiply-adds (TensorPrimitives.Dot alone reloads the row
/// for every centroid).
/// </summary>
internal static class RowDots
{
    /// <summary>Writes |c|^2 - 2 row.c for every centroid c (row-major <paramref name="centers"/>, k x d) into <paramref name="result"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot from the first call: skip the slow first JIT tier
    public static void Distances<T>(ReadOnlySpan<T> row, T[] centers, T[] centerNorms, Span<T> result)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var d = row.Length;
        var k = result.Length;
        var width = Vector<T>.Count;
        var two = T.CreateTruncating(2);
        ref var r = ref MemoryMarshal.GetReference(row);
        ref var all = ref MemoryMarshal.GetArrayDataReference(centers);
        var c = 0;
        for (; c + 4 <= k; c += 4)
        {
            ref var c0 = ref Unsafe.Add(ref all, c * d);
            ref var c1 = ref Unsafe.Add(ref c0, d);
            ref var c2 = ref Unsafe.Add(ref c1, d);
            ref var c3 = ref Unsafe.Add(ref c2, d);
            Vector<T> a0 = Vector<T>.Zero, a1 = Vector<T>.Zero, a2 = Vector<T>.Zero, a3 = Vector<T>.Zero;
            Vector<T> b0 = Vector<T>.Zero, b1 = Vector<T>.Zero, b2 = Vector<T>.Zero, b3 = Vector<T>.Zero;
            var j = 0;
            for (; j <= d - 2 * width; j += 2 * width)
            {
                // Two row vectors per step: eight independent accumulators keep both multiply-add units busy.
                var v = Vector.LoadUnsafe(ref r, (nuint)j);
                var u = Vector.LoadUnsafe(ref r, (nuint)(j + width));
                a0 += v * Vector.LoadUnsafe(ref c0, (nuint)j);
                a1 += v * Vector.LoadUnsafe(ref c1, (nuint)j);
                a2 += v * Vector.LoadUnsafe(ref c2, (nuint)j);
                a3 += v * Vector.LoadUnsafe(ref c3, (nuint)j);
                b0 += u * Vector.LoadUnsafe(ref c0, (nuint)(j + width));
                b1 += u * Vector.LoadUnsafe(ref c1, (nuint)(j + width));
                b2 += u * Vector.LoadUnsafe(ref c2, (nuint)(j + width));
                b3 += u * Vector.LoadUnsafe(ref c3, (nuint)(j + width));
            }
            for (; j <= d - width; j += width)
            {
                var v = Vector.LoadUnsafe(ref r, (nuint)j);
                a0 += v * Vector.LoadUnsafe(ref c0, (nuint)j);
                a1 += v * Vector.LoadUnsafe(ref c1, (nuint)j);
                a2 += v * Vector.LoadUnsafe(ref c2, (nuint)j);
                a3 += v * Vector.LoadUnsafe(ref c3, (nuint)j);
            }
            a0 += b0;
            a1 += b1;
            a2 += b2;
            a3 += b3;
            T s0 = Vector.Sum(a0), s1 = Vector.Sum(a1), s2 = Vector.Sum(a2), s3 = Vector.Sum(a3);
            for (; j < d; j++)
            {
                var v = Unsafe.Add(ref r, j);
                s0 += v * Unsafe.Add(ref c0, j);
                s1 += v * Unsafe.Add(ref c1, j);
                s2 += v * Unsafe.Add(ref c2, j);
                s3 += v * Unsafe.Add(ref c3, j);
            }
            result[c] = centerNorms[c] - two * s0;
            result[c + 1] = centerNorms[c + 1] - two * s1;
            result[c + 2] = centerNorms[c + 2] - two * s2;
            result[c + 3] = centerNorms[c + 3] - two * s3;
        }
        for (; c < k; c++)
            result[c] = centerNorms[c] - two * TensorPrimitives.Dot(row, new ReadOnlySpan<T>(centers, c * d, d));
    }
}
