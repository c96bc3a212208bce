using DeepClustering.Reproductions;

namespace DeepClustering.Tests.Reproductions;

public sealed class FoldGapTests
{
    private static readonly PublishedFoldCheck[] Published =
    [
        new(1, [0.89, 0.88], DecAccuracy: 0.96),
        new(0, [0.83], DecAccuracy: 0.88),
    ];

    private static Dictionary<int, double> ByFold(params double[] values) =>
        values.Select((v, f) => (v, f)).ToDictionary(p => p.f, p => p.v);

    [Fact]
    public void The_dec_gap_splits_into_the_method_and_the_encoder()
    {
        var rows = FoldGap.Of(Published, ByFold(0.87), ourKMeans: ByFold(0.80, 0.84), ourDec: ByFold(0.85, 0.90));
        var fold0 = rows[0];
        Assert.Equal(0, fold0.Fold);
        Assert.Equal(0.03, fold0.DecGap, 12);
        Assert.Equal(0.01, fold0.DecMethodGap!.Value, 12);
        Assert.Equal(0.02, fold0.EncoderGap!.Value, 12);
        Assert.Equal(fold0.DecGap, fold0.DecMethodGap!.Value + fold0.EncoderGap!.Value, 12);
        Assert.Equal(0.03, fold0.KMeansEncoderGap, 12);
    }

    [Fact]
    public void Rows_follow_the_fold_order_and_use_the_first_kmeans_seed()
    {
        var rows = FoldGap.Of(Published, ByFold(0.87), ourKMeans: ByFold(0.80, 0.84), ourDec: ByFold(0.85, 0.90));
        Assert.Equal([0, 1], rows.Select(r => r.Fold));
        Assert.Equal(0.89, rows[1].OriginalEncoderKMeans);
        Assert.Equal(0.96, rows[1].OriginalDec);
    }

    [Fact]
    public void A_fold_without_our_dec_from_the_original_encoder_has_no_split()
    {
        var row = FoldGap.Of(Published, ByFold(0.87), ourKMeans: ByFold(0.80, 0.84), ourDec: ByFold(0.85, 0.90))[1];
        Assert.Null(row.OurDecOnOriginalEncoder);
        Assert.Null(row.DecMethodGap);
        Assert.Null(row.EncoderGap);
        Assert.Equal(0.06, row.DecGap, 12);
    }

    [Fact]
    public void A_published_fold_without_ours_is_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(
            () => FoldGap.Of(Published, ByFold(), ourKMeans: ByFold(0.80), ourDec: ByFold(0.85)));
        Assert.Contains("fold 1", error.Message);
        Assert.Contains("autoencoder + k-means for folds [0] and DEC for folds [0] given", error.Message);
    }

    [Fact]
    public void A_run_of_some_folds_pairs_each_with_its_own_numbers()
    {
        PublishedFoldCheck[] published = [new(3, [0.90], DecAccuracy: 0.97)];
        var ours = new Dictionary<int, double> { [3] = 0.86 };
        var dec = new Dictionary<int, double> { [3] = 0.95 };
        var row = Assert.Single(FoldGap.Of(published, new Dictionary<int, double>(), ours, dec));
        Assert.Equal(3, row.Fold);
        Assert.Equal(0.04, row.KMeansEncoderGap, 12);
        Assert.Equal(0.02, row.DecGap, 12);
    }
}
