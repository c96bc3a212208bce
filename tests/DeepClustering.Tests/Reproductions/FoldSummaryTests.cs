using DeepClustering.Reproductions;

namespace DeepClustering.Tests.Reproductions;

public sealed class FoldSummaryTests
{
    // Experiment 5's published per-fold DEC accuracies; its paper gives 93.49 +- 4.40 %.
    private static readonly FoldSummary Reported = new([0.8866, 0.9598, 0.9725, 0.9788, 0.8768]);

    [Fact]
    public void Mean_and_population_std_match_the_reported_figures()
    {
        Assert.Equal(0.9349, Reported.Mean, 12);
        Assert.Equal(0.0439760844, Reported.StandardDeviation, 9);  // Python's statistics.pstdev on the same values
    }

    [Fact]
    public void Text_gives_mean_and_std_for_several_folds()
    {
        Assert.Equal("0.9349 +- 0.0440", Reported.ToString("0.0000"));
    }

    [Fact]
    public void Text_gives_one_fold_its_value_alone()
    {
        var one = new FoldSummary([0.8499]);
        Assert.Equal(0.0, one.StandardDeviation);
        Assert.Equal("0.8499", one.ToString("0.0000"));
    }

    [Fact]
    public void No_folds_give_nan()
    {
        var none = new FoldSummary([]);
        Assert.True(double.IsNaN(none.Mean));
        Assert.True(double.IsNaN(none.StandardDeviation));
    }
}
