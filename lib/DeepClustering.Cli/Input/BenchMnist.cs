using System.CommandLine;
using DeepClustering.Data;
using DeepClustering.Metrics;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Input;

/// <summary>MNIST for the benchmarks: found like everywhere else (<see cref="DataLocator"/>) but never downloaded, images as rows of 784 pixels.</summary>
internal static class BenchMnist
{
    /// <summary>The <c>--data-dir</c> option every MNIST benchmark takes.</summary>
    public static Option<DirectoryInfo?> DataDirOption() => new("--data-dir")
    {
        Description = $"Data directory holding mnist/ (or the mnist folder itself); then ${DataLocator.EnvironmentVariable}, then data/mnist/ in the repository.",
    };

    /// <summary>The images of <paramref name="split"/> as float32 [N, 784] in [0, 1] and their labels.</summary>
    /// <exception cref="DataNotFoundException">The files are in none of the searched places.</exception>
    /// <exception cref="DataFormatException">A file is malformed (named, with the byte offset).</exception>
    public static (Tensor Images, int[] Labels) Load(DataSplit split, DirectoryInfo? dataDir)
    {
        using var mnist = Mnist.Load(split, dataDir?.FullName, new DataLocator { AllowDownload = false });
        return (mnist.Images.reshape(mnist.Count, -1), LabelArray.From(mnist.Labels));
    }
}
