namespace DeepClustering.Numerics;

/// <summary>Seeded sampling without replacement.</summary>
internal static class SeededSample
{
    /// <summary>The first <paramref name="count"/> entries of a seeded Fisher-Yates permutation of 0..n-1.</summary>
    public static int[] Indices(int n, int count, int seed) => Indices(n, count, new Random(seed));

    /// <summary>The first <paramref name="count"/> entries of a Fisher-Yates permutation of 0..n-1 drawn from <paramref name="random"/>.</summary>
    public static int[] Indices(int n, int count, Random random)
    {
        var order = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, n);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order[..count];
    }
}
