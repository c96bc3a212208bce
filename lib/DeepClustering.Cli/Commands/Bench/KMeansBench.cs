using System.CommandLine;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using DeepClustering.Cli.Input;
using DeepClustering.Cli.Output;
using DeepClustering.Clustering;
using DeepClustering.Data;
using TorchSharp;
using static DeepClustering.OptionOutOfRangeException;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Commands.Bench;

/// <summary>
/// <c>bench kmeans</c>: k-means on MNIST pixels (k = 10, k-means++, one init, float32): the whole <see cref="KMeans.Fit(Tensor, KMeansOptions)"/>,
/// and apart from it the k-means++ seeding and the Lloyd run from those seeds, with the time of one streaming pass over
/// the data (the memory-bandwidth floor of an iteration) measured in the same run; each figure is the fastest of
/// <c>--repeat</c> rounds, alternated. The peers are in <c>tests/bench/compare-kmeans.sh</c> (scikit-learn, ML.NET).
/// </summary>
internal static class KMeansBench
{
    /// <summary>Builds the <c>kmeans</c> subcommand of <c>bench</c>.</summary>
    public static Command Create()
    {
        var dataDir = BenchMnist.DataDirOption();
        var seed = new Option<int>("--seed") { Description = "k-means seed.", DefaultValueFactory = _ => 0 };
        var repeat = new Option<int>("--repeat") { Description = "Timed rounds; the fastest of each figure is reported.", DefaultValueFactory = _ => 3 };
        var threads = new Option<int>("--threads") { Description = "Threads (default: TorchSharp's own choice from the environment).", DefaultValueFactory = _ => 0 };
        var split = new Option<string>("--split") { Description = "MNIST images: train (60,000, the default) or all (70,000).", DefaultValueFactory = _ => "train" };
        split.AcceptOnlyFromAmong("train", "all");
        var command = new Command("kmeans", "Time k-means on MNIST (k = 10, k-means++, one init) against one streaming pass over the data, and print JSON.")
        {
            dataDir, seed, repeat, threads, split,
        };
        command.SetAction(parse => JsonCommand.Run(() => Run(parse.GetValue(dataDir), parse.GetValue(seed), parse.GetValue(repeat), parse.GetValue(threads),
            parse.GetValue(split) == "all" ? DataSplit.All : DataSplit.Train)));
        return command;
    }

    private static Dictionary<string, object?> Run(DirectoryInfo? dataDir, int seed, int repeats, int threads, DataSplit split)
    {
        ThrowUnless(repeats >= 1, "--repeat", repeats, "at least 1");
        ThrowUnless(threads >= 0, "--threads", threads, "at least 0 (0: TorchSharp's choice)");
        if (threads > 0) torch.set_num_threads(threads);
        var workers = Math.Max(1, torch.get_num_threads());
        var load = Stopwatch.StartNew();
        using var scope = NewDisposeScope();
        var x = BenchMnist.Load(split, dataDir).Images.contiguous();
        var loadSeconds = load.Elapsed.TotalSeconds;
        var n = x.shape[0];
        var options = new KMeansOptions { K = 10, Seed = seed };

        // The Lloyd run as KMeans.Fit prepares it: centred data, scikit-learn's tolerance, the same blocks.
        var data = x.to_type(ScalarType.Float32, copy: true).contiguous();
        data.sub_(data.mean([0], keepdim: true));
        var norm = data.norm().to_type(ScalarType.Float64).item<double>();
        var tolerance = options.Tolerance * norm * norm / ((double)n * data.shape[1]);
        var blockRows = NearestCentroid.BlockRows(options.BatchSize, n, options.K);

        double fit = double.MaxValue, seeding = double.MaxValue, lloyd = double.MaxValue, stream = double.MaxValue;
        var fitTimes = new List<double>();
        KMeansResult? run = null;
        double fitInertia = 0;
        long fitIterations = 0;
        string fitLabels = "";
        for (var r = 0; r < repeats; r++)
        {
            var clock = Stopwatch.StartNew();
            for (var pass = 0; pass < 5; pass++) // a pass is short: take the best of five per round against bursts of load
            {
                clock.Restart();
                StreamingPass.Sum<float>(data, blockRows, workers);
                stream = Math.Min(stream, clock.Elapsed.TotalSeconds);
            }

            clock.Restart();
            var seeds = KMeansPlusPlus.Seeds(data, options.K, new Random(seed));
            seeding = Math.Min(seeding, clock.Elapsed.TotalSeconds);
            using var initial = data.index_select(0, tensor(seeds));
            clock.Restart();
            var next = LloydRun.Run(data, initial, options.MaxIterations, tolerance, blockRows);
            lloyd = Math.Min(lloyd, clock.Elapsed.TotalSeconds);
            run?.Dispose();
            run = next;

            clock.Restart();
            using var result = KMeans.Fit(x, options);
            var seconds = clock.Elapsed.TotalSeconds;
            fitTimes.Add(seconds);
            fit = Math.Min(fit, seconds);
            (fitInertia, fitIterations, fitLabels) = (result.Inertia, result.Iterations, LabelDigest(result.Labels));
        }
        var perIteration = lloyd / run!.Iterations;
        var report = new Dictionary<string, object?>
        {
            ["benchmark"] = "kmeans",
            ["implementation"] = "DeepClustering (managed Lloyd sweeps, distance bounds)",
            ["processor"] = Processor.Name(),
            ["n"] = n,
            ["d"] = x.shape[1],
            ["k"] = options.K,
            ["threads"] = workers,
            ["dtype"] = "float32",
            ["seconds"] = Math.Round(fit, 4),
            ["all_seconds"] = fitTimes.Select(t => Math.Round(t, 4)).ToList(),
            ["inertia"] = fitInertia,
            ["iterations"] = fitIterations,
            ["labels_sha256"] = fitLabels,
            ["seeding_seconds"] = Math.Round(seeding, 4),
            ["lloyd_seconds"] = Math.Round(lloyd, 4),
            ["lloyd_iterations"] = run.Iterations,
            ["lloyd_inertia"] = run.Inertia,
            ["ms_per_iteration"] = Math.Round(1000 * perIteration, 3),
            ["skipped_share"] = Math.Round((double)run.RowsSkipped / Math.Max(1, run.RowsAssigned), 4),
            ["skipped_per_assignment"] = run.Steps.Select(s => s.Skipped).ToList(),
            ["changed_per_assignment"] = run.Steps.Select(s => s.Changed).ToList(),
            ["stream_pass_ms"] = Math.Round(1000 * stream, 3),
            ["stream_pass_gb_per_s"] = Math.Round(data.numel() * 4 / stream / 1e9, 2),
            ["iteration_to_stream_ratio"] = Math.Round(perIteration / stream, 3),
            ["targets"] = new { ms_per_iteration = 30, iteration_to_stream_ratio = 1.3 },
            ["pass"] = perIteration <= 0.030 && perIteration / stream <= 1.3,
            ["load_seconds"] = Math.Round(loadSeconds, 3),
        };
        run.Dispose();
        return report;
    }

    /// <summary>The first 16 hex digits of the SHA-256 of the int64 labels, to compare runs and implementations.</summary>
    private static string LabelDigest(int[] labels)
    {
        var wide = Array.ConvertAll(labels, l => (long)l);
        return Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(wide.AsSpan())))[..16];
    }
}
