using DeepClustering.Data;
using DeepClustering.Reproductions;

namespace DeepClustering.Tests.Data;

/// <summary>Fold splits read from text (experiment 5's <c>crossValidation_indexes.csv</c> layout) and their validation.</summary>
public sealed class FoldFileTests
{
    private static string Write(TempDirectory dir, string text)
    {
        var path = dir.File("folds.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Each_line_is_a_folds_validation_set_and_the_rest_its_training_set()
    {
        using var dir = new TempDirectory();
        var folds = FoldFile.Read(Write(dir, "4,0\n1,5\n3,2\n"), poolSize: 6);
        Assert.Equal(3, folds.Count);
        Assert.Equal([0L, 4], folds[0].Validation);
        Assert.Equal([1L, 2, 3, 5], folds[0].Train);
        Assert.Equal([2L, 3], folds[2].Validation);
        Assert.Equal([0L, 1, 4, 5], folds[2].Train);
    }

    [Theory]
    [InlineData("0,1\n2,x\n", "line 2: field 2 is 'x'; expected a non-negative integer row index")]
    [InlineData("0,1\n2,-3\n", "line 2: field 2 is '-3'; expected a non-negative integer row index")]
    [InlineData("0,1\n2,4\n", "line 2: field 2 is row 4; expected an index below the pool size 4")]
    [InlineData("0,1\n2,1\n", "line 2: field 2: row 1 is already held out by line 1; the folds must not overlap")]
    [InlineData("0,1\n2\n", "the 2 lines hold 3 of the pool's 4 rows (row 3 is in none); expected a permutation of 0..3")]
    [InlineData("0,1,2,3\n", "holds 1 fold line(s); expected at least 2 lines of comma-separated row indices")]
    public void A_malformed_split_names_the_line_field_and_what_was_expected(string text, string expected)
    {
        using var dir = new TempDirectory();
        var path = Write(dir, text);
        var e = Assert.Throws<DataFormatException>(() => FoldFile.Read(path, poolSize: 4));
        Assert.StartsWith(path, e.Message);
        Assert.EndsWith(expected, e.Message.Replace(" at line ", ", line ").Replace($"{path}, line ", "line ").Replace($"{path}: ", ""));
    }

    [Fact]
    public void A_smaller_pool_keeps_each_rows_fold()
    {
        using var dir = new TempDirectory();
        var folds = FoldFile.Restrict(FoldFile.Read(Write(dir, "4,0\n1,5\n3,2\n"), poolSize: 6), poolSize: 4);
        Assert.Equal([0L], folds[0].Validation);
        Assert.Equal([1L, 2, 3], folds[0].Train);
        Assert.Equal([1L], folds[1].Validation);
        Assert.Equal([2L, 3], folds[2].Validation);
        Assert.Throws<OptionOutOfRangeException>(() => FoldFile.Restrict(folds, poolSize: 1));
    }

    [SharedDataFact(PublishedFoldModels.Name)]
    public void The_originals_split_is_five_folds_of_12000_covering_mnists_training_images()
    {
        var published = PublishedFoldModels.Locate(locator: new DataLocator { AllowDownload = false, RepositoryRoot = null });
        var folds = published.ReadFolds();
        Assert.Equal(5, folds.Count);
        Assert.All(folds, f => Assert.Equal((12_000, 48_000), (f.Validation.Length, f.Train.Length)));
        Assert.Equal(Enumerable.Range(0, 60_000).Select(i => (long)i), folds.SelectMany(f => f.Validation).Order());
        Assert.EndsWith("Encoder_model_4.h5", published.Autoencoders[4]);
        Assert.EndsWith("Keras_Deep_Clustering_model_0.h5", published.DecModels[0]);
    }
}
