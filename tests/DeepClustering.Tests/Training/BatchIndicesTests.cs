using DeepClustering.Tests.Models;
using DeepClustering.Training;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Training;

public sealed class BatchIndicesTests
{
    [Fact]
    public void Ranges_cover_every_sample_once_and_orders_follow_the_seed()
    {
        Assert.Equal([(0L, 4L), (4L, 4L), (8L, 2L)], BatchIndices.Ranges(10, 4).ToArray());
        Assert.Empty(BatchIndices.Ranges(0, 4));
        Assert.Throws<OptionOutOfRangeException>(() => BatchIndices.Ranges(10, 0).ToArray());

        using var scope = NewDisposeScope();
        using var g1 = Seeding.Generator(3);
        using var g2 = Seeding.Generator(3);
        var a = BatchIndices.EpochOrder(50, g1);
        Assert.True(ModelTestData.Identical(a, BatchIndices.EpochOrder(50, g2)));
        Assert.True(ModelTestData.Identical(a.sort().Values, arange(50, dtype: ScalarType.Int64)));
        Assert.True(ModelTestData.Identical(BatchIndices.EpochOrder(5, null), arange(5, dtype: ScalarType.Int64)));

        var data = arange(0, 100, dtype: ScalarType.Float32).reshape(50, 2);
        var batch = BatchIndices.Select(data, a, 10, 3);
        Assert.True(ModelTestData.Identical(batch, data.index_select(0, a.narrow(0, 10, 3))));
    }
}
