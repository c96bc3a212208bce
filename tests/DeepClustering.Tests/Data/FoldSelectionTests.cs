using DeepClustering.Data;

namespace DeepClustering.Tests.Data;

/// <summary>Choosing the folds a run trains, from a notebook parameter such as "2" or "0,3".</summary>
public sealed class FoldSelectionTests
{
    [Theory]
    [InlineData("", new[] { 0, 1, 2, 3, 4 })]
    [InlineData("  ", new[] { 0, 1, 2, 3, 4 })]
    [InlineData("2", new[] { 2 })]
    [InlineData("3, 0", new[] { 0, 3 })]
    [InlineData(" 4 ,1,2 ", new[] { 1, 2, 4 })]
    public void The_chosen_folds_come_back_ascending(string text, int[] expected) =>
        Assert.Equal(expected, FoldSelection.Parse(text, foldCount: 5));

    [Theory]
    [InlineData("5", "\"5\" is not a fold number; expected comma-separated folds of 0..4")]
    [InlineData("-1", "\"-1\" is not a fold number")]
    [InlineData("1,,2", "\"\" is not a fold number")]
    [InlineData("one", "\"one\" is not a fold number")]
    [InlineData("1;2", "\"1;2\" is not a fold number")]
    [InlineData("2,2", "fold 2 is given twice")]
    public void A_bad_entry_names_the_parameter_the_entry_and_the_range(string text, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => FoldSelection.Parse(text, foldCount: 5));
        Assert.StartsWith($"onlyFolds \"{text}\": ", e.Message);
        Assert.Contains(expected, e.Message);
        Assert.Equal("onlyFolds", e.ParamName);
    }

    [Fact]
    public void Selecting_keeps_the_folds_themselves_so_their_numbers_and_rows_are_unchanged()
    {
        var split = KFold.Split(20, 5, seed: 3);
        var chosen = FoldSelection.Select(split, FoldSelection.Parse("4,1", split.Count));
        Assert.Equal([split[1], split[4]], chosen);
        Assert.Equal(split, FoldSelection.Select(split, FoldSelection.Parse("", split.Count)));
    }

    [Fact]
    public void Selecting_a_fold_the_split_lacks_names_it_and_the_split_s_folds()
    {
        var split = KFold.Split(20, 3, seed: 3);
        var e = Assert.Throws<ArgumentException>(() => FoldSelection.Select(split, [1, 4]));
        Assert.Contains("fold(s) 4 are not in the split, whose folds are 0, 1, 2", e.Message);
    }
}
