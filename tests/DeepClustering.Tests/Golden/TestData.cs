using DeepClustering.Numerics;

namespace DeepClustering.Tests.Golden;

/// <summary>Test inputs: the MNIST subset the goldens use (from DEEPCLUSTERING_DATA) and seeded synthetic blobs.</summary>
public static class TestData
{
    /// <summary>The MNIST folder, or null when DEEPCLUSTERING_DATA does not point at a folder holding it.</summary>
    public static string? MnistDirectory()
    {
        var root = Environment.GetEnvironmentVariable("DEEPCLUSTERING_DATA");
        if (string.IsNullOrEmpty(root)) return null;
        var dir = Path.Combine(root, "mnist");
        return File.Exists(Path.Combine(dir, "t10k-images-idx3-ubyte")) ? dir : null;
    }

    /// <summary>The first <paramref name="count"/> MNIST test images as pixels / 255 in float64, or null without the data.</summary>
    public static Matrix<double>? MnistTestImages(int count)
    {
        var dir = MnistDirectory();
        if (dir is null) return null;
        var bytes = File.ReadAllBytes(Path.Combine(dir, "t10k-images-idx3-ubyte"));
        const int header = 16, pixels = 28 * 28;
        var data = new double[count * pixels];
        for (var i = 0; i < data.Length; i++) data[i] = bytes[header + i] / 255.0;
        return new Matrix<double>(data, count, pixels);
    }

    /// <summary>Seeded Gaussian blobs: <paramref name="perCluster"/> points around each of <paramref name="k"/> random centres.</summary>
    public static (Matrix<double> Data, int[] Labels) Blobs(int k, int perCluster, int d, int seed, double spread = 1.0, double separation = 10.0)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, k * d).Select(_ => (random.NextDouble() * 2 - 1) * separation).ToArray();
        var data = new double[k * perCluster * d];
        var labels = new int[k * perCluster];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = i % k;
            for (var j = 0; j < d; j++)
            {
                var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                data[i * d + j] = centres[labels[i] * d + j] + spread * gaussian;
            }
        }
        return (new Matrix<double>(data, labels.Length, d), labels);
    }
}
