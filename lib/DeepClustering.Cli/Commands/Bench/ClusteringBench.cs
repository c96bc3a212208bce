using System.CommandLine;
using System.Diagnostics;
using DeepClustering.Cli.Input;
using DeepClustering.Cli.Output;
using DeepClustering.Clustering;
using DeepClustering.Data;
using DeepClustering.Metrics;
using TorchSharp;
using static DeepClustering.OptionOutOfRangeException;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Commands.Bench;

/// <summary>
/// The <c>bench kmeans|silhouette|dunn</c> subcommands: time k-means (MNIST 70k x 784, k = 10, k-means++, one init), the silhouette and the Dunn index
/// (MNIST test 10k x 784 with the true labels), data already in memory, and prints seconds, size and the quality figure.
/// </summary>
internal static class ClusteringBench
{
    /// <summary>The silhouette and Dunn subcommands (<c>bench kmeans</c> is <see cref="KMeansBench"/>).</summary>
    public static IEnumerable<Command> CreateAll() => [Create("silhouette"), Create("dunn")];

    /// <summary>Builds the subcommand that times <paramref name="name"/> (kmeans, silhouette or dunn).</summary>
    public static Command Create(string name)
    {
        var dataDir = BenchMnist.DataDirOption();
        var seed = new Option<int>("--seed") { Description = "k-means seed.", DefaultValueFactory = _ => 0 };
        var repeat = new Option<int>("--repeat") { Description = "Timed runs; the fastest is reported.", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Torch threads (default: TorchSharp's own choice from the environment).", DefaultValueFactory = _ => 0 };
        var command = new Command(name, $"Time {name} on MNIST and print JSON.") { dataDir, seed, repeat, threads };
        command.SetAction(parse => JsonCommand.Run(() =>
        {
            var repeats = parse.GetValue(repeat);
            ThrowUnless(repeats >= 1, "--repeat", repeats, "at least 1");
            ThrowUnless(parse.GetValue(threads) >= 0,
                "--threads", parse.GetValue(threads), "positive, or 0 for TorchSharp's own choice");
            if (parse.GetValue(threads) is > 0 and var count) torch.set_num_threads(count);
            var load = Stopwatch.StartNew();
            var (loaded, labels) = BenchMnist.Load(name == "kmeans" ? DataSplit.All : DataSplit.Test, parse.GetValue(dataDir));
            using var x = loaded;
            var result = new Dictionary<string, object?>
            {
                ["benchmark"] = name,
                ["n"] = x.shape[0],
                ["d"] = x.shape[1],
                ["threads"] = torch.get_num_threads(),
                ["load_seconds"] = load.Elapsed.TotalSeconds,
            };
            var times = new List<double>();
            for (var r = 0; r < repeats; r++)
            {
                var clock = Stopwatch.StartNew();
                switch (name)
                {
                    case "kmeans":
                        using (var fit = KMeans.Fit(x, new KMeansOptions { K = 10, Seed = parse.GetValue(seed) }))
                        {
                            times.Add(clock.Elapsed.TotalSeconds);
                            result["k"] = 10;
                            result["inertia"] = fit.Inertia;
                            result["iterations"] = fit.Iterations;
                        }
                        break;
                    case "silhouette":
                        result["silhouette"] = Silhouette.Score(x, labels);
                        times.Add(clock.Elapsed.TotalSeconds);
                        break;
                    default:
                        result["dunn"] = DunnIndex.Score(x, labels);
                        times.Add(clock.Elapsed.TotalSeconds);
                        break;
                }
            }
            result["seconds"] = times.Min();
            result["all_seconds"] = times;
            return result;
        }));
        return command;
    }
}
