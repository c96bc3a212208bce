using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Input;

/// <summary>Finds the MNIST IDX files (raw or .gz) under a data directory for the benchmarks.</summary>
internal static class MnistFiles
{
    /// <summary>The data directory: the option if given, else $DEEPCLUSTERING_DATA, else ./data.</summary>
    public static string DataDirectory(DirectoryInfo? option)
    {
        if (option is not null) return option.FullName;
        var env = Environment.GetEnvironmentVariable("DEEPCLUSTERING_DATA");
        return string.IsNullOrEmpty(env) ? Path.GetFullPath("data") : env;
    }

    /// <summary>All 70,000 images (train then test), float32 [70000, 784] in [0, 1].</summary>
    public static Tensor AllImages(string dataDirectory)
    {
        using var train = IdxFile.ReadScaled(Find(dataDirectory, "train-images-idx3-ubyte"));
        using var test = IdxFile.ReadScaled(Find(dataDirectory, "t10k-images-idx3-ubyte"));
        return torch.cat([train, test], 0);
    }

    /// <summary>The 10,000 test images, float32 [10000, 784] in [0, 1].</summary>
    public static Tensor TestImages(string dataDirectory) => IdxFile.ReadScaled(Find(dataDirectory, "t10k-images-idx3-ubyte"));

    /// <summary>The 10,000 test labels.</summary>
    public static int[] TestLabels(string dataDirectory) => IdxFile.ReadLabels(Find(dataDirectory, "t10k-labels-idx1-ubyte"));

    private static string Find(string dataDirectory, string name)
    {
        foreach (var candidate in new[] { Path.Combine(dataDirectory, "mnist", name), Path.Combine(dataDirectory, "mnist", name + ".gz"), Path.Combine(dataDirectory, name), Path.Combine(dataDirectory, name + ".gz") })
            if (File.Exists(candidate)) return candidate;
        throw new FileNotFoundException($"MNIST file {name} (or {name}.gz) not found under {Path.Combine(dataDirectory, "mnist")}; set DEEPCLUSTERING_DATA or --data-dir to the folder holding mnist/.");
    }
}
