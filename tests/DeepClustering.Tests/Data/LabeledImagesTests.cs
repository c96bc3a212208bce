using DeepClustering.Data;
using TorchSharp;

namespace DeepClustering.Tests.Data;

public sealed class LabeledImagesTests
{
    private static LabeledImages Numbered(int count)
    {
        var images = torch.arange(count, dtype: torch.float32).reshape(count, 1, 1, 1);
        var labels = torch.arange(count, dtype: torch.int64) % 10;
        return new LabeledImages("numbered", DataSplit.Train, images, labels, [.. Enumerable.Range(0, 10).Select(c => $"{c}")], count, "memory");
    }

    [Fact]
    public void A_seeded_pick_is_the_head_of_a_seeded_shuffle_of_every_row()
    {
        using var all = Numbered(50);
        // Written as notebook 02 picked its quick subset before the library did it, so its numbers stay.
        var order = Enumerable.Range(0, 50).Select(i => (long)i).ToArray();
        new Random(7).Shuffle(order);

        using var picked = all.SeededPick(12, seed: 7);

        Assert.Equal(order[..12], picked.Images.reshape(-1).data<float>().Select(v => (long)v).ToArray());
        Assert.Equal(order[..12].Select(i => i % 10), picked.Labels.data<long>().ToArray());
        Assert.Equal(12, picked.TrainCount);
        Assert.Same(all, all.SeededPick(50, seed: 7));
        Assert.Throws<OptionOutOfRangeException>(() => all.SeededPick(-1, seed: 7));
    }
}
