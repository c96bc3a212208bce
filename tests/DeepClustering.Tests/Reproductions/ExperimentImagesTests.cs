using DeepClustering.Data;
using DeepClustering.Reproductions;

namespace DeepClustering.Tests.Reproductions;

public sealed class ExperimentImagesTests
{
    [Fact]
    public void An_unknown_data_set_is_refused_with_the_names_it_accepts()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ExperimentImages.Load("svhn", DataSplit.Test, dataDir: null, standInDir: Path.GetTempPath(), out _));
        Assert.Equal("dataset must be \"mnist\", \"fashion-mnist\" or \"cifar-10\", not \"svhn\".", error.Message);
        Assert.Equal(["mnist", "fashion-mnist", "cifar-10"], ExperimentImages.Names);
    }
}
