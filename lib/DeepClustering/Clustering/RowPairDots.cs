using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TensorPrimitives = System.Numerics.Tensors.TensorPrimitives;

namespace DeepClustering.Clustering;

/// <summary>
/// <see cref="RowDots.Distances"/> for two rows at once: every centroid vector loaded feeds both rows, which halves the
/// loads that bound the single-row sweep. Each (row, centroid) value is accumulated in exactly the order
/// <see cref="RowDots"/> uses, so both give bit-identical distances (and k-means the same labels).
/// </summary>
internal static class RowPairDots
{
    /// <summary>Writes |c|^2 - 2 row.c for every centroid into <paramref name="first"/> (for <paramref name="row0"/>) and <paramref name="second"/> (for <paramref name="row1"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot from the first call: skip the slow first JIT tier
    public static void Distances<T>(ReadOnlySpan<T> row0, ReadOnlySpan<T> row1, T[] centers, T[] centerNorms, Span<T> first, Span<T> second)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var d = row0.Length;
        var k = first.Length;
        var width = Vector<T>.Count;
        var two = T.CreateTruncating(2);
        ref var r = ref MemoryMarshal.GetReference(row0);
        ref var q = ref MemoryMarshal.GetReference(row1);
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
            Vector<T> e0 = Vector<T>.Zero, e1 = Vector<T>.Zero, e2 = Vector<T>.Zero, e3 = Vector<T>.Zero;
            Vector<T> f0 = Vector<T>.Zero, f1 = Vector<T>.Zero, f2 = Vector<T>.Zero, f3 = Vector<T>.Zero;
            var j = 0;
            for (; j <= d - 2 * width; j += 2 * width)
            {
                var v = Vector.LoadUnsafe(ref r, (nuint)j);
                var u = Vector.LoadUnsafe(ref r, (nuint)(j + width));
                var s = Vector.LoadUnsafe(ref q, (nuint)j);
                var t = Vector.LoadUnsafe(ref q, (nuint)(j + width));
                var w = Vector.LoadUnsafe(ref c0, (nuint)j);
                a0 += v * w;
                e0 += s * w;
                w = Vector.LoadUnsafe(ref c1, (nuint)j);
                a1 += v * w;
                e1 += s * w;
                w = Vector.LoadUnsafe(ref c2, (nuint)j);
                a2 += v * w;
                e2 += s * w;
                w = Vector.LoadUnsafe(ref c3, (nuint)j);
                a3 += v * w;
                e3 += s * w;
                w = Vector.LoadUnsafe(ref c0, (nuint)(j + width));
                b0 += u * w;
                f0 += t * w;
                w = Vector.LoadUnsafe(ref c1, (nuint)(j + width));
                b1 += u * w;
                f1 += t * w;
                w = Vector.LoadUnsafe(ref c2, (nuint)(j + width));
                b2 += u * w;
                f2 += t * w;
                w = Vector.LoadUnsafe(ref c3, (nuint)(j + width));
                b3 += u * w;
                f3 += t * w;
            }
            for (; j <= d - width; j += width)
            {
                var v = Vector.LoadUnsafe(ref r, (nuint)j);
                var s = Vector.LoadUnsafe(ref q, (nuint)j);
                var w = Vector.LoadUnsafe(ref c0, (nuint)j);
                a0 += v * w;
                e0 += s * w;
                w = Vector.LoadUnsafe(ref c1, (nuint)j);
                a1 += v * w;
                e1 += s * w;
                w = Vector.LoadUnsafe(ref c2, (nuint)j);
                a2 += v * w;
                e2 += s * w;
                w = Vector.LoadUnsafe(ref c3, (nuint)j);
                a3 += v * w;
                e3 += s * w;
            }
            T s0 = Vector.Sum(a0 + b0), s1 = Vector.Sum(a1 + b1), s2 = Vector.Sum(a2 + b2), s3 = Vector.Sum(a3 + b3);
            T z0 = Vector.Sum(e0 + f0), z1 = Vector.Sum(e1 + f1), z2 = Vector.Sum(e2 + f2), z3 = Vector.Sum(e3 + f3);
            for (; j < d; j++)
            {
                var v = Unsafe.Add(ref r, j);
                var s = Unsafe.Add(ref q, j);
                s0 += v * Unsafe.Add(ref c0, j);
                s1 += v * Unsafe.Add(ref c1, j);
                s2 += v * Unsafe.Add(ref c2, j);
                s3 += v * Unsafe.Add(ref c3, j);
                z0 += s * Unsafe.Add(ref c0, j);
                z1 += s * Unsafe.Add(ref c1, j);
                z2 += s * Unsafe.Add(ref c2, j);
                z3 += s * Unsafe.Add(ref c3, j);
            }
            first[c] = centerNorms[c] - two * s0;
            first[c + 1] = centerNorms[c + 1] - two * s1;
            first[c + 2] = centerNorms[c + 2] - two * s2;
            first[c + 3] = centerNorms[c + 3] - two * s3;
            second[c] = centerNorms[c] - two * z0;
            second[c + 1] = centerNorms[c + 1] - two * z1;
            second[c + 2] = centerNorms[c + 2] - two * z2;
            second[c + 3] = centerNorms[c + 3] - two * z3;
        }
        for (; c < k; c++)
        {
            var center = new ReadOnlySpan<T>(centers, c * d, d);
            first[c] = centerNorms[c] - two * TensorPrimitives.Dot(row0, center);
            second[c] = centerNorms[c] - two * TensorPrimitives.Dot(row1, center);
        }
    }
}
