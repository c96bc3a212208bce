using TorchSharp;

namespace DeepClustering.Data;

/// <summary>Seeded k-fold splits: plain (shuffle then cut into k contiguous parts, as experiment 5) or stratified by label.</summary>
public static class KFold
{
    /// <summary>Shuffles 0..n-1 with <paramref name="seed"/> (unless <paramref name="shuffle"/> is false) and cuts the order into <paramref name="k"/> folds; the first n mod k folds get one row more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">k &lt; 2 or k &gt; n.</exception>
    public static IReadOnlyList<Fold> Split(int n, int k, int seed, bool shuffle = true)
    {
        Check(n, k);
        var order = Enumerable.Range(0, n).Select(i => (long)i).ToArray();
        if (shuffle)
            new Random(seed).Shuffle(order);
        var folds = new List<Fold>(k);
        var start = 0;
        for (var f = 0; f < k; f++)
        {
            var size = n / k + (f < n % k ? 1 : 0);
            folds.Add(MakeFold(f, n, order[start..(start + size)]));
            start += size;
        }
        return folds;
    }

    /// <summary>Stratified split: each class's rows are shuffled with <paramref name="seed"/> and dealt round-robin to the folds, so every fold keeps the class proportions (within one row per class) and fold sizes differ by at most one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">k &lt; 2 or k &gt; the number of rows.</exception>
    public static IReadOnlyList<Fold> Stratified(long[] labels, int k, int seed)
    {
        Check(labels.Length, k);
        var random = new Random(seed);
        var members = Enumerable.Range(0, k).Select(_ => new List<long>()).ToArray();
        var dealt = 0;
        foreach (var group in Enumerable.Range(0, labels.Length).GroupBy(i => labels[i]).OrderBy(g => g.Key))
        {
            var rows = group.Select(i => (long)i).ToArray();
            random.Shuffle(rows);
            foreach (var row in rows)
                members[dealt++ % k].Add(row);
        }
        return members.Select((m, f) => MakeFold(f, labels.Length, [.. m])).ToList();
    }

    /// <summary>Stratified split of an int64 label tensor [N].</summary>
    public static IReadOnlyList<Fold> Stratified(torch.Tensor labels, int k, int seed) =>
        Stratified(labels.to_type(torch.ScalarType.Int64).data<long>().ToArray(), k, seed);

    /// <summary>The fold <paramref name="index"/> of rows 0..<paramref name="n"/>-1 that holds out <paramref name="validation"/> (distinct rows below n) and trains on the rest.</summary>
    public static Fold FromValidation(int index, int n, long[] validation) => MakeFold(index, n, [.. validation]);

    private static Fold MakeFold(int index, int n, long[] validation)
    {
        Array.Sort(validation);
        var held = new bool[n];
        foreach (var v in validation)
            held[v] = true;
        var train = new long[n - validation.Length];
        var t = 0;
        for (var i = 0; i < n; i++)
            if (!held[i])
                train[t++] = i;
        return new Fold(index, train, validation);
    }

    private static void Check(int n, int k)
    {
        OptionOutOfRangeException.ThrowUnless(k >= 2 && k <= n, nameof(k), k,
            $"between 2 and the number of rows ({n})");
    }
}
