using DeepClustering.Metrics;

namespace DeepClustering.Tests.Metrics;

/// <summary>Assignment, confusion-matrix and label-metric behaviour beyond the goldens.</summary>
public sealed class LabelMetricTests
{
    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1) { yield return items; yield break; }
        for (var i = 0; i < items.Length; i++)
            foreach (var rest in Permutations(items.Where((_, j) => j != i).ToArray()))
                yield return [items[i], .. rest];
    }

    [Theory]
    [InlineData(4, 4, 1)]
    [InlineData(3, 6, 2)]
    [InlineData(6, 3, 3)]
    [InlineData(7, 7, 4)]
    public void Assignment_is_optimal_against_brute_force(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var cost = new double[rows, columns];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++) cost[r, c] = random.Next(0, 20); // small integers: many ties
        var assignment = LinearAssignment.Minimize(cost);
        Assert.Equal(Math.Min(rows, columns), assignment.Count(c => c >= 0));
        Assert.Equal(Math.Min(rows, columns), assignment.Where(c => c >= 0).Distinct().Count());
        var total = Enumerable.Range(0, rows).Where(r => assignment[r] >= 0).Sum(r => cost[r, assignment[r]]);

        var best = double.PositiveInfinity;
        var size = Math.Max(rows, columns);
        foreach (var perm in Permutations(Enumerable.Range(0, size).ToArray()))
        {
            var sum = 0.0;
            for (var r = 0; r < rows; r++)
                if (perm[r] < columns) sum += cost[r, perm[r]];
            best = Math.Min(best, sum);
        }
        Assert.Equal(best, total);
    }

    [Fact]
    public void Matched_confusion_puts_each_class_cluster_on_the_diagonal()
    {
        int[] truth = [0, 0, 0, 1, 1, 1, 2, 2, 2, 2];
        int[] pred = [5, 5, 9, 9, 9, 9, 1, 1, 1, 7];
        var matched = ConfusionMatrix.Create(truth, pred).Matched();
        Assert.Equal([5, 9, 1, 7], matched.Clusters);
        Assert.Equal([0, 1, 2], matched.Classes);
        Assert.Equal(new long[][] { [2, 0, 0], [1, 3, 0], [0, 0, 3], [0, 0, 1] }, matched.ToRows());
        Assert.Equal(0.8, ClusterAccuracy.Hungarian(truth, pred), 12);
        Assert.Equal(0.9, ClusterAccuracy.Majority(truth, pred), 12);
    }

    [Fact]
    public void Identical_partitions_score_one_whatever_the_names()
    {
        int[] truth = [0, 0, 1, 1, 2, 2];
        int[] pred = [-4, -4, 8, 8, 3, 3];
        Assert.Equal(1.0, ClusterAccuracy.Hungarian(truth, pred));
        Assert.Equal(1.0, MutualInformation.Normalized(truth, pred), 12);
        Assert.Equal(1.0, PairCounting.AdjustedRand(truth, pred));
        Assert.Equal(1.0, PairCounting.Rand(truth, pred));
    }

    [Fact]
    public void Length_mismatch_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => ClusterAccuracy.Hungarian([0, 1], [0]));
        Assert.Throws<ArgumentException>(() => MutualInformation.Normalized([0, 1], [0]));
        Assert.Throws<ArgumentException>(() => PairCounting.Rand([0, 1], [0]));
    }

    [Fact]
    public void Large_label_sets_do_not_overflow_pair_counts()
    {
        var n = 70_000;
        var truth = Enumerable.Range(0, n).Select(i => i % 10).ToArray();
        var pred = Enumerable.Range(0, n).Select(i => i % 7).ToArray();
        Assert.InRange(PairCounting.AdjustedRand(truth, pred), -0.01, 0.01);
        Assert.InRange(PairCounting.Rand(truth, pred), 0.0, 1.0);
    }
}
