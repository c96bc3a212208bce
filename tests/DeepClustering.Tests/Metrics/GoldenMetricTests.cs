using DeepClustering.Metrics;
using DeepClustering.Tests.Golden;

namespace DeepClustering.Tests.Metrics;

/// <summary>Every metric against scikit-learn 1.2.1's values in tests/golden (relative 1e-6, float64).</summary>
public sealed class GoldenMetricTests
{
    public static TheoryData<string> Cases() => new(GoldenCase.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Label_metrics_match_scikit_learn(string name)
    {
        var golden = GoldenCase.Load(name);
        var (t, p) = (golden.LabelsTrue, golden.LabelsPred);
        AssertClose(golden.Metric("acc"), ClusterAccuracy.Hungarian(t, p));
        AssertClose(golden.Metric("majority_acc"), ClusterAccuracy.Majority(t, p));
        AssertClose(golden.Metric("purity"), ClusterAccuracy.Purity(t, p));
        AssertClose(golden.Metric("nmi"), MutualInformation.Normalized(t, p));
        AssertClose(golden.Metric("ari"), PairCounting.AdjustedRand(t, p));
        AssertClose(golden.Metric("rand"), PairCounting.Rand(t, p));
        Assert.Equal(golden.Confusion, ConfusionMatrix.Create(t, p).ToRows());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Data_metrics_match_scikit_learn(string name)
    {
        var golden = GoldenCase.Load(name);
        if (golden.Data is not { } data) return; // MNIST case without DEEPCLUSTERING_DATA: nothing to compare
        var p = golden.LabelsPred;
        Check(golden.Metric("silhouette"), () => Silhouette.Score(data, p));
        Check(golden.Metric("dunn"), () => DunnIndex.Score(data, p));
        Check(golden.Metric("davies_bouldin"), () => DaviesBouldin.Score(data, p));
        Check(golden.Metric("calinski_harabasz"), () => CalinskiHarabasz.Score(data, p));
    }

    private static void Check(double? expected, Func<double> actual)
    {
        if (expected is null) Assert.ThrowsAny<ArgumentException>(() => actual());
        else AssertClose(expected, actual());
    }

    internal static void AssertClose(double? expected, double actual, double relative = 1e-6)
    {
        Assert.NotNull(expected);
        var tolerance = relative * Math.Max(Math.Abs(expected.Value), 1e-6);
        Assert.True(Math.Abs(expected.Value - actual) <= tolerance, $"expected {expected:R}, got {actual:R}");
    }
}
