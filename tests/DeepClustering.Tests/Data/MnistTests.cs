using DeepClustering.Data;
using TorchSharp;

namespace DeepClustering.Tests.Data;

public sealed class MnistTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Loads_generated_files_into_unit_range_floats_and_int64_labels(bool gzip)
    {
        using var dir = new TempDirectory();
        TestData.WriteMnistPair(dir.Path, "train", 6, gzip: gzip);
        TestData.WriteMnistPair(dir.Path, "t10k", 4, gzip: gzip);

        using var all = Mnist.Load(DataSplit.All, dir.Path, TestData.Offline);
        Assert.Equal(new long[] { 10, 1, 28, 28 }, all.Images.shape);
        Assert.Equal(torch.ScalarType.Float32, all.Images.dtype);
        Assert.Equal(torch.ScalarType.Int64, all.Labels.dtype);
        Assert.Equal(6, all.TrainCount);
        Assert.Equal(new long[] { 0, 1, 2, 3, 4, 5, 0, 1, 2, 3 }, all.Labels.data<long>().ToArray());
        var flat = all.Images.reshape(-1).data<float>().ToArray();
        Assert.Equal(0f, flat[0]);
        Assert.Equal(255f / 255f, flat[255]);
        Assert.Equal(17f / 255f, flat[17]);
        Assert.Equal(0f, flat[6 * 784], 6); // the test part starts its own pattern again at 0
        Assert.Contains(dir.Path, all.Source);

        using var test = Mnist.Load(DataSplit.Test, dir.Path, TestData.Offline);
        Assert.Equal(4, test.Count);
        Assert.Equal(0, test.TrainCount);
    }

    [Fact]
    public void Finds_files_in_a_root_with_a_mnist_folder()
    {
        using var dir = new TempDirectory();
        var sub = Directory.CreateDirectory(Path.Combine(dir.Path, "mnist")).FullName;
        TestData.WriteMnistPair(sub, "train", 3);
        using var train = Mnist.Load(DataSplit.Train, dir.Path, TestData.Offline);
        Assert.Equal(3, train.Count);
        Assert.Contains(sub, train.Source);
    }

    [Fact]
    public void Another_data_sets_folder_is_never_read_as_this_one()
    {
        using var dir = new TempDirectory();
        var mnistFolder = Directory.CreateDirectory(Path.Combine(dir.Path, "mnist")).FullName;
        TestData.WriteMnistPair(mnistFolder, "t10k", 2);
        using var mnist = Mnist.Load(DataSplit.Test, mnistFolder, TestData.Offline);
        Assert.Equal(2, mnist.Count);
        Assert.Throws<DataNotFoundException>(() => FashionMnist.Load(DataSplit.Test, mnistFolder, TestData.Offline));
    }

    [Fact]
    public void Label_and_image_counts_that_differ_are_reported()
    {
        using var dir = new TempDirectory();
        TestData.WriteMnistPair(dir.Path, "train", 5);
        File.WriteAllBytes(dir.File("train-labels-idx1-ubyte"), TestData.Idx(0x08, [4], [1, 2, 3, 4]));
        var e = Assert.Throws<DataFormatException>(() => Mnist.Load(DataSplit.Train, dir.Path, TestData.Offline));
        Assert.Equal(dir.File("train-labels-idx1-ubyte"), e.File);
        Assert.Equal(4, e.Offset);
        Assert.Contains("4 labels", e.Message);
        Assert.Contains("5 images", e.Message);
    }

    [Fact]
    public void Label_out_of_range_is_reported_with_its_offset()
    {
        using var dir = new TempDirectory();
        TestData.WriteMnistPair(dir.Path, "train", 3);
        File.WriteAllBytes(dir.File("train-labels-idx1-ubyte"), TestData.Idx(0x08, [3], [1, 12, 3]));
        var e = Assert.Throws<DataFormatException>(() => Mnist.Load(DataSplit.Train, dir.Path, TestData.Offline));
        Assert.Equal(8 + 1, e.Offset);
    }

    [Fact]
    public void Missing_files_give_an_error_that_names_them_and_where_to_put_them()
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<DataNotFoundException>(() => Mnist.Load(DataSplit.Test, dir.Path, TestData.Offline));
        Assert.Contains("t10k-images-idx3-ubyte.gz or t10k-images-idx3-ubyte", e.Message);
        Assert.Contains(dir.Path, e.Message);
        Assert.Contains(DataLocator.EnvironmentVariable, e.Message);
    }

    [SharedDataFact("mnist")]
    public void Loads_the_70k_shared_mnist_images()
    {
        using var all = Mnist.Load(DataSplit.All, TestData.SharedRoot, TestData.Offline);
        Assert.Equal(new long[] { 70000, 1, 28, 28 }, all.Images.shape);
        Assert.Equal(60000, all.TrainCount);
        Assert.Equal(5, all.Labels[0].item<long>());     // the first training digit is a 5
        Assert.Equal(7, all.Labels[60000].item<long>()); // the first test digit is a 7
        Assert.Equal(1f, all.Images.max().item<float>());
        Assert.Equal(0f, all.Images.min().item<float>());
        var counts = torch.bincount(all.Labels).data<long>().ToArray();
        Assert.Equal(6903, counts[0]);
    }

    [SharedDataFact("fashion-mnist")]
    public void Loads_the_shared_fashion_mnist_test_images_from_gzip()
    {
        using var test = FashionMnist.Load(DataSplit.Test, TestData.SharedRoot, TestData.Offline);
        Assert.Equal(new long[] { 10000, 1, 28, 28 }, test.Images.shape);
        Assert.All(torch.bincount(test.Labels).data<long>().ToArray(), c => Assert.Equal(1000, c));
    }
}
