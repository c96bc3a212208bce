using DeepClustering.Numerics;
using TorchSharp;

namespace DeepClustering.Tests.Numerics;

public sealed class PcaTests
{
    [Fact]
    public void Finds_the_main_axis_with_a_fixed_sign()
    {
        // Points along (1, 2) with a little spread along (-2, 1); both directions sum to zero.
        var rows = new List<float>();
        for (int i = -5; i <= 5; i++)
        {
            float t = i, s = (i % 2 == 0 ? 0.1f : -0.1f);
            rows.AddRange([t * 1 - 2 * s + 3, t * 2 + s - 1]);
        }
        using var data = torch.tensor(rows.ToArray()).reshape(11, 2);
        using var pca = Pca.Fit(data, 2);
        using var axes = pca.Axes;
        var first = axes[0].data<double>().ToArray();
        Assert.Equal(1 / Math.Sqrt(5), first[0], 3);
        Assert.Equal(2 / Math.Sqrt(5), first[1], 3);
        Assert.True(pca.ExplainedVarianceRatio[0] > 0.99);
        Assert.Equal(1.0, pca.ExplainedVarianceRatio.Sum(), 9);

        var projected = pca.TransformToArray(data);
        Assert.Equal((11, 2), (projected.GetLength(0), projected.GetLength(1)));
        Assert.Equal(0.0, Enumerable.Range(0, 11).Average(i => projected[i, 0]), 6);
        Assert.Equal(Math.Sqrt(5) * 5, projected[10, 0], 2);
    }

    [Fact]
    public void Same_data_same_projection()
    {
        using var data = torch.randn(50, 8, generator: new torch.Generator(42));
        Assert.Equal(Pca.Project(data), Pca.Project(data));
    }

    [Fact]
    public void Bad_input_is_rejected_clearly()
    {
        using var single = torch.zeros(1, 3);
        Assert.Contains("at least 2 rows", Assert.Throws<ArgumentException>(() => Pca.Fit(single)).Message);
        using var narrow = torch.zeros(5, 1);
        Assert.Throws<OptionOutOfRangeException>(() => Pca.Fit(narrow, 2));
        using var nan = torch.tensor(new[] { 1f, float.NaN, 2f, 3f }).reshape(2, 2);
        Assert.Contains("NaN", Assert.Throws<ArgumentException>(() => Pca.Fit(nan, 1)).Message);
    }
}
