using DeepClustering.Metrics;
using DeepClustering.Numerics;
using DeepClustering.Tests.Golden;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Metrics;

/// <summary>Dunn index against a brute-force definition; blockwise silhouette and Dunn independent of the block size.</summary>
public sealed class PairwiseMetricTests
{
    private static double BruteForceDunn(Matrix<double> data, int[] labels)
    {
        double minInter = double.PositiveInfinity, maxIntra = 0;
        for (var i = 0; i < data.Rows; i++)
        {
            for (var j = i + 1; j < data.Rows; j++)
            {
                var s = 0.0;
                for (var c = 0; c < data.Columns; c++) { var t = data.Row(i)[c] - data.Row(j)[c]; s += t * t; }
                var distance = Math.Sqrt(s);
                if (labels[i] == labels[j]) maxIntra = Math.Max(maxIntra, distance);
                else minInter = Math.Min(minInter, distance);
            }
        }
        return minInter / maxIntra;
    }

    [Fact]
    public void Dunn_of_coinciding_clusters_is_zero_and_of_spreadless_separated_clusters_infinite()
    {
        // two clusters of identical points: they coincide, which is the worst separation, not the best
        Assert.Equal(0.0, DunnIndex.Score(Matrix<double>.FromRows([[1.0, 1.0], [1.0, 1.0], [1.0, 1.0], [1.0, 1.0]]), [0, 0, 1, 1]));
        Assert.Equal(double.PositiveInfinity, DunnIndex.Score(Matrix<double>.FromRows([[0.0, 0.0], [0.0, 0.0], [5.0, 5.0]]), [0, 0, 1]));
    }

    [Theory]
    [InlineData("blobs_iso")]
    [InlineData("blobs_aniso")]
    [InlineData("blobs_highdim")]
    [InlineData("ties")]
    [InlineData("duplicate_init")]
    public void Dunn_matches_brute_force(string name)
    {
        var golden = GoldenCase.Load(name);
        var data = golden.Data!.Value;
        GoldenMetricTests.AssertClose(BruteForceDunn(data, golden.LabelsPred), DunnIndex.Score(data, golden.LabelsPred), 1e-12);
    }

    [Fact]
    public void Small_blocks_give_the_same_values_as_one_block()
    {
        var (data, _) = TestData.Blobs(k: 5, perCluster: 41, d: 7, seed: 3, spread: 4);
        var labels = Enumerable.Range(0, data.Rows).Select(i => i * 7 % 5).ToArray();
        using var x = MatrixTensors.ToTensor(data, ScalarType.Float64);
        var whole = Silhouette.Samples(x, labels, block: 10_000);
        var blocked = Silhouette.Samples(x, labels, block: 13);
        for (var i = 0; i < whole.Length; i++) Assert.Equal(whole[i], blocked[i], 12);
        Assert.Equal(DunnIndex.Score(x, labels, block: 10_000), DunnIndex.Score(x, labels, block: 13), 12);
        Assert.Equal(BruteForceDunn(data, labels), DunnIndex.Score(x, labels, block: 13), 12);
    }

    [Fact]
    public void Silhouette_sample_is_seeded()
    {
        var (data, labels) = TestData.Blobs(k: 3, perCluster: 100, d: 4, seed: 1);
        var a = Silhouette.Score(data, labels, sampleSize: 50, seed: 9);
        var b = Silhouette.Score(data, labels, sampleSize: 50, seed: 9);
        var c = Silhouette.Score(data, labels, sampleSize: 50, seed: 10);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.InRange(a, 0.5, 1.0);
    }

    [Fact]
    public void Float32_and_tensor_inputs_agree_with_float64()
    {
        var (data, labels) = TestData.Blobs(k: 3, perCluster: 30, d: 4, seed: 2);
        var narrow = new Matrix<float>(data.Data.Select(v => (float)v).ToArray(), data.Rows, data.Columns);
        Assert.Equal(Silhouette.Score(data, labels), Silhouette.Score(narrow, labels), 5);
        Assert.Equal(DaviesBouldin.Score(data, labels), DaviesBouldin.Score(narrow, labels), 5);
        using var tensor = MatrixTensors.ToTensor(data, ScalarType.Float32);
        Assert.Equal(CalinskiHarabasz.Score(data, labels), CalinskiHarabasz.Score(tensor, labels), 2);
        Assert.Equal(DunnIndex.Score(data, labels), DunnIndex.Score(tensor, labels), 5);
    }

    [Fact]
    public void Bad_inputs_are_argument_errors()
    {
        var (data, labels) = TestData.Blobs(k: 2, perCluster: 5, d: 2, seed: 0);
        Assert.Throws<ArgumentException>(() => Silhouette.Score(data, labels[..9]));
        Assert.Throws<ArgumentException>(() => Silhouette.Score(data, new int[10]));
        Assert.Throws<ArgumentException>(() => DunnIndex.Score(data, new int[10]));
        Assert.Throws<ArgumentException>(() => DaviesBouldin.Score(data, Enumerable.Range(0, 10).ToArray()));
        var bad = (double[])data.Data.Clone();
        bad[3] = double.NaN;
        var error = Assert.Throws<ArgumentException>(() => CalinskiHarabasz.Score(new Matrix<double>(bad, 10, 2), labels));
        Assert.Contains("row 1, column 1", error.Message);
        Assert.Throws<OptionOutOfRangeException>(() => Silhouette.Score(data, labels, sampleSize: 11));
    }
}
