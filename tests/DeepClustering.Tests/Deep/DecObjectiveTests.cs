using System.Text.Json;
using DeepClustering.Deep;
using DeepClustering.Tests.Golden;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Deep;

/// <summary>Soft assignment, target distribution and KL loss against PyTorch goldens (tests/golden/make_dec_golden.py).</summary>
[Collection(DeepCollection.Name)]
public sealed class DecObjectiveTests : SingleThreadTorch
{
    public static TheoryData<int> Cases() => [0, 1, 2];

    private static JsonElement Case(int index)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(GoldenCase.RepositoryRoot(), "tests", "golden", "dec_objective.json")));
        return doc.RootElement[index].Clone();
    }

    private static Tensor Matrix(JsonElement rows) =>
        tensor(rows.EnumerateArray().SelectMany(r => r.EnumerateArray().Select(v => v.GetDouble())).ToArray(),
            rows.GetArrayLength(), rows[0].GetArrayLength());

    private static void AssertClose(Tensor expected, Tensor actual, double relative)
    {
        Assert.Equal(expected.shape, actual.shape);
        using var error = (expected - actual).abs().max();
        using var scale = expected.abs().max();
        Assert.True(error.item<double>() <= relative * scale.item<double>(), $"max error {error.item<double>()}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_pytorch_in_float64(int index)
    {
        var golden = Case(index);
        using var scope = NewDisposeScope();
        var z = Matrix(golden.GetProperty("z"));
        var centres = Matrix(golden.GetProperty("centres"));
        using var layer = new StudentTClustering((int)centres.shape[0], (int)centres.shape[1], golden.GetProperty("alpha").GetDouble());
        layer.to(ScalarType.Float64);
        layer.SetCentroids(centres);
        var q = layer.forward(z);
        AssertClose(Matrix(golden.GetProperty("q")), q, 1e-12);
        var p = DecObjective.TargetDistribution(q);
        AssertClose(Matrix(golden.GetProperty("p")), p, 1e-12);
        Assert.Equal(golden.GetProperty("kl").GetDouble(), DecObjective.KlDivergence(p, q).item<double>(), 1e-12);
    }

    [Fact]
    public void Target_rows_sum_to_one_and_sharpen()
    {
        using var scope = NewDisposeScope();
        var q = tensor(new[] { 0.6, 0.4, 0.3, 0.7, 0.5, 0.5 }, 3, 2);
        var p = DecObjective.TargetDistribution(q);
        AssertClose(ones(3, dtype: ScalarType.Float64), p.sum(1), 1e-12);
        Assert.True(p[0, 0].item<double>() > 0.6);
        Assert.True(p[1, 1].item<double>() > 0.7);
        Assert.Equal(0.0, DecObjective.KlDivergence(q, q).item<double>(), 12);
    }

    [Fact]
    public void Shape_errors_are_argument_exceptions()
    {
        using var layer = new StudentTClustering(3, 4);
        using var codes = rand(5, 2);
        Assert.Throws<ArgumentException>(() => layer.forward(codes));
        using var centres = rand(2, 4);
        Assert.Throws<ArgumentException>(() => layer.SetCentroids(centres));
        using var p = rand(5, 3);
        using var q = rand(5, 2);
        Assert.Throws<ArgumentException>(() => DecObjective.KlDivergence(p, q));
        using var flat = rand(5);
        Assert.Throws<ArgumentException>(() => DecObjective.TargetDistribution(flat));
        Assert.Throws<OptionOutOfRangeException>(() => new StudentTClustering(3, 4, alpha: 0));
    }
}
