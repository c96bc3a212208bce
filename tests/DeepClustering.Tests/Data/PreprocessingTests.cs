using DeepClustering.Data;
using TorchSharp;

namespace DeepClustering.Tests.Data;

public sealed class PreprocessingTests
{
    [Fact]
    public void Grayscale_uses_the_given_channel_weights()
    {
        var images = torch.zeros(2, 3, 2, 2);
        images[0, 0] = torch.tensor(1f); // image 0 pure red
        images[1, 2] = torch.tensor(1f); // image 1 pure blue
        using var standard = Preprocessing.Grayscale(images, GrayscaleWeights.Standard);
        using var swapped = Preprocessing.Grayscale(images, GrayscaleWeights.Experiment4Swapped);
        Assert.Equal(new long[] { 2, 1, 2, 2 }, standard.shape);
        Assert.Equal(0.299f, standard[0, 0, 1, 1].item<float>(), 6);
        Assert.Equal(0.114f, standard[1, 0, 0, 0].item<float>(), 6);
        Assert.Equal(0.114f, swapped[0, 0, 0, 0].item<float>(), 6);
        Assert.Equal(0.299f, swapped[1, 0, 0, 0].item<float>(), 6);
        Assert.Throws<ArgumentException>(() => Preprocessing.Grayscale(torch.zeros(2, 1, 2, 2), GrayscaleWeights.Standard));
    }

    [Fact]
    public void Bytes_scale_to_the_unit_range()
    {
        using var bytes = torch.tensor(new byte[] { 0, 51, 255 });
        using var scaled = Preprocessing.ScaleBytes(bytes);
        Assert.Equal(new[] { 0f, 0.2f, 1f }, scaled.data<float>().ToArray());
        using var fromSpan = Preprocessing.ScaleBytes(new byte[] { 0, 51, 255, 255 }, [2, 2]);
        Assert.Equal(1f, fromSpan[1, 1].item<float>());
        Assert.Throws<ArgumentException>(() => Preprocessing.ScaleBytes(torch.zeros(3)));
    }

    [Fact]
    public void Min_max_maps_each_column_to_the_range_and_reuses_the_fit()
    {
        using var x = torch.tensor(new double[] { 1, 5, 7, 3, 5, 7, 5, 5, 7 }, [3, 3]);
        var (scaled, scaling) = Preprocessing.MinMax(x, 0.1, 0.9);
        Assert.Equal(new[] { 0.1, 0.1, 0.1, 0.5, 0.1, 0.1, 0.9, 0.1, 0.1 }, scaled.data<double>().ToArray().Select(v => Math.Round(v, 12)));
        using var other = torch.tensor(new double[] { 9, 5, 7 }, [1, 3]);
        Assert.Equal(1.7, scaling.Apply(other)[0, 0].item<double>(), 12);
        Assert.Throws<ArgumentException>(() => MinMaxScaling.Fit(x, 1, 1));
    }

    [Fact]
    public void Standardization_centres_and_divides_by_the_population_std()
    {
        using var x = torch.tensor(new double[] { 1, 4, 2, 4, 3, 4 }, [3, 2]);
        var (z, stats) = Standardization.FitApply(x);
        Assert.Equal(2.0, stats.Mean[0].item<double>(), 12);
        Assert.Equal(Math.Sqrt(2.0 / 3), stats.Std[0].item<double>(), 12);
        Assert.Equal(1.0, stats.Std[1].item<double>()); // constant column: std stored as 1
        Assert.Equal(-Math.Sqrt(1.5), z[0, 0].item<double>(), 12);
        Assert.Equal(0.0, z[2, 1].item<double>());
    }

    [Fact]
    public void Flatten_keeps_the_batch_dimension()
    {
        using var images = torch.zeros(4, 1, 28, 28);
        Assert.Equal(new long[] { 4, 784 }, Preprocessing.Flatten(images).shape);
    }

    [Fact]
    public void KFold_partitions_the_rows_deterministically()
    {
        var folds = KFold.Split(11, 5, seed: 4);
        Assert.Equal([3, 2, 2, 2, 2], folds.Select(f => f.Validation.Length));
        Assert.Equal(Enumerable.Range(0, 11).Select(i => (long)i), folds.SelectMany(f => f.Validation).Order());
        foreach (var fold in folds)
            Assert.Equal(Enumerable.Range(0, 11).Select(i => (long)i), fold.Train.Concat(fold.Validation).Order());
        Assert.Equal(folds.Select(f => f.Validation), KFold.Split(11, 5, seed: 4).Select(f => f.Validation));
        Assert.NotEqual(folds.Select(f => f.Validation), KFold.Split(11, 5, seed: 5).Select(f => f.Validation));
        Assert.Equal([0L, 1, 2], KFold.Split(11, 5, seed: 4, shuffle: false)[0].Validation);
        Assert.Throws<OptionOutOfRangeException>(() => KFold.Split(3, 4, 0));
        Assert.Throws<OptionOutOfRangeException>(() => KFold.Split(3, 1, 0));
    }

    [Fact]
    public void Stratified_folds_keep_class_proportions()
    {
        var labels = Enumerable.Repeat(0L, 10).Concat(Enumerable.Repeat(1L, 5)).ToArray();
        var folds = KFold.Stratified(labels, 5, seed: 1);
        foreach (var fold in folds)
        {
            Assert.Equal(2, fold.Validation.Count(i => labels[i] == 0));
            Assert.Equal(1, fold.Validation.Count(i => labels[i] == 1));
        }
        Assert.Equal(Enumerable.Range(0, 15).Select(i => (long)i), folds.SelectMany(f => f.Validation).Order());
        using var tensorLabels = torch.tensor(labels);
        Assert.Equal(folds.Select(f => f.Validation), KFold.Stratified(tensorLabels, 5, seed: 1).Select(f => f.Validation));
        using var index = folds[0].ValidationTensor();
        Assert.Equal(torch.ScalarType.Int64, index.dtype);
    }
}
