using DeepClustering.Data;

namespace DeepClustering.Tests.Data;

public sealed class CifarStandInTests
{
    [Fact]
    public void Generates_a_seeded_stand_in_when_cifar_is_missing_and_reuses_it()
    {
        using var empty = new TempDirectory();
        using var standIn = new TempDirectory();

        using (var first = CifarStandIn.LoadOrGenerate(DataSplit.Test, empty.Path, standIn.Path, seed: 5, out var isStandIn, imagesPerTrainBatch: 2, testImages: 7, locator: TestData.Offline))
        {
            Assert.True(isStandIn);
            Assert.Equal(new long[] { 7, 3, 32, 32 }, first.Images.shape);
            Assert.Equal(10, first.ClassCount);
        }

        var testBatch = Path.Combine(standIn.Path, "cifar-10-batches-bin", "test_batch.bin");
        var written = File.GetLastWriteTimeUtc(testBatch);
        using (var again = CifarStandIn.LoadOrGenerate(DataSplit.All, empty.Path, standIn.Path, seed: 5, out var isStandIn, imagesPerTrainBatch: 2, testImages: 7, locator: TestData.Offline))
        {
            Assert.True(isStandIn);
            Assert.Equal(17, again.Count);
            Assert.Equal(10, again.TrainCount);
        }
        Assert.Equal(written, File.GetLastWriteTimeUtc(testBatch));

        using var other = CifarStandIn.LoadOrGenerate(DataSplit.Test, empty.Path, standIn.Path, seed: 6, out _, imagesPerTrainBatch: 2, testImages: 4, locator: TestData.Offline);
        Assert.Equal(4, other.Count);
    }

    [Fact]
    public void Loads_the_real_files_when_they_are_there()
    {
        using var dir = new TempDirectory();
        using var standIn = new TempDirectory();
        CifarTestFiles.WriteExtracted(Path.Combine(dir.Path, "cifar-10-batches-bin"), CifarTestFiles.AllBatches(3));

        using var data = CifarStandIn.LoadOrGenerate(DataSplit.Test, dir.Path, standIn.Path, seed: 1, out var isStandIn, locator: TestData.Offline);
        Assert.False(isStandIn);
        Assert.Equal(3, data.Count);
        Assert.False(File.Exists(Path.Combine(standIn.Path, "stand-in.txt")));
    }
}
