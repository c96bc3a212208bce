using System.CommandLine;
using DeepClustering.Cli.Input;
using DeepClustering.Cli.Output;
using DeepClustering.Data;
using DeepClustering.Deep;
using DeepClustering.Models;
using DeepClustering.Platform;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Commands.Bench;

/// <summary>
/// <c>bench dec</c>: DEC self-training as experiment 5 runs it on one fold (the batch-norm conv autoencoder's encoder,
/// SGD lr 0.01 momentum 0.9, batch 256, target refreshed every 140 iterations over 48,000 images, 20 k-means restarts),
/// for a few refresh intervals, with the split between the initialisation, the SGD steps and the refreshes, and the
/// projected time of a full 8,000-iteration fold against the 10-minute target.
/// </summary>
internal static class DecBench
{
    private const int FullIterations = 8000;
    private const double TargetMinutes = 10;
    private const int FoldImages = 48_000;
    private const int FullInterval = 140;

    /// <summary>Builds the <c>dec</c> subcommand of <c>bench</c>.</summary>
    public static Command Create()
    {
        var dataDir = BenchMnist.DataDirOption();
        var threads = BenchOptions.TorchThreads();
        var n = new Option<int>("--n") { Description = "Images DEC trains on (the first N of MNIST's training set; a fold of 05 has 48,000).", DefaultValueFactory = _ => 48_000 };
        var iterations = new Option<int>("--iterations") { Description = "SGD iterations timed (the full protocol runs 8,000).", DefaultValueFactory = _ => 420 };
        var interval = new Option<int>("--update-interval") { Description = "Iterations between target refreshes.", DefaultValueFactory = _ => 140 };
        var inferenceBatch = new Option<int>("--inference-batch-size") { Description = "Rows per batch of the refresh's inference pass.", DefaultValueFactory = _ => new DecOptions().InferenceBatchSize };
        var seed = new Option<int>("--seed") { Description = "Initialisation, k-means and batch-order seed.", DefaultValueFactory = _ => 0 };
        var command = new Command("dec", "Time DEC on one fold of experiment 5 (SGD steps, target refreshes, initialisation), project a full 8,000-iteration fold, and print JSON.")
        {
            dataDir, threads, n, iterations, interval, inferenceBatch, seed,
        };
        command.SetAction(parse => JsonCommand.Run(() => Run(parse.GetValue(dataDir), parse.GetValue(threads), parse.GetValue(n), parse.GetValue(iterations),
            parse.GetValue(interval), parse.GetValue(inferenceBatch), parse.GetValue(seed))));
        return command;
    }

    private static Dictionary<string, object?> Run(DirectoryInfo? dataDir, int threads, int n, int iterations, int interval, int inferenceBatch, int seed)
    {
        if (threads <= 0 || n < 10 || iterations <= 0 || interval <= 0 || inferenceBatch <= 0)
            throw new ArgumentException("--threads, --iterations, --update-interval and --inference-batch-size must be positive, --n at least 10.");
        torch.set_num_threads(threads);
        using var scope = NewDisposeScope();
        var all = BenchMnist.Load(DataSplit.Train, dataDir).Images;
        if (n > all.shape[0]) throw new ArgumentException($"--n is {n}, more than the {all.shape[0]} MNIST training images.");
        var x = all.narrow(0, 0, n).reshape(-1, 1, 28, 28).contiguous();
        var shape = new ImageShape(1, 28, 28);
        var options = new DecOptions
        {
            Seed = seed, LearningRate = 0.01, Momentum = 0.9, BatchSize = 256, MaxIterations = iterations, UpdateInterval = interval,
            Tolerance = 0, KMeansRestarts = 20, InferenceBatchSize = inferenceBatch,
        };

        // Warm-up (native kernels, JIT) on a separate model and a small set, excluded from the timing.
        using (var warm = new DecModel(new BatchNormConvAutoencoder(shape, seed: seed).Encoder, 10, 10))
            Dec.Fit(warm, x.narrow(0, 0, Math.Min(n, 1024)), options with { MaxIterations = 3, UpdateInterval = 2, KMeansRestarts = 1 }).Dispose();

        using var autoencoder = new BatchNormConvAutoencoder(shape, seed: seed);
        using var model = new DecModel(autoencoder.Encoder, 10, 10);
        using var result = Dec.Fit(model, x, options);
        var split = result.Split;
        var refreshes = result.History.Count + (result.Iterations % interval != 0 ? 1 : 0);
        var stepSeconds = split.Steps.TotalSeconds / result.Iterations;
        var refreshSeconds = split.Refreshes.TotalSeconds / refreshes;
        var fullRefreshes = FullIterations / FullInterval + 1 + (FullIterations % FullInterval != 0 ? 1 : 0);
        // A fold of 05 trains on 48,000 images: initialisation and refreshes scale with the images, the steps do not.
        var scale = FoldImages / (double)n;
        var projected = scale * split.Initialisation.TotalSeconds + FullIterations * stepSeconds + fullRefreshes * scale * refreshSeconds;
        return new Dictionary<string, object?>
        {
            ["benchmark"] = "dec",
            ["implementation"] = "TorchSharp " + typeof(torch).Assembly.GetName().Version,
            ["processor"] = Processor.Name(),
            ["threads"] = torch.get_num_threads(),
            ["convolutions"] = Convolution2d.Routes,
            ["native_heap"] = TorchRuntime.HeapSettings,
            ["onednn_max_cpu_isa"] = Environment.GetEnvironmentVariable("ONEDNN_MAX_CPU_ISA"),
            ["n"] = n,
            ["batch_size"] = options.BatchSize,
            ["iterations"] = result.Iterations,
            ["update_interval"] = interval,
            ["inference_batch_size"] = inferenceBatch,
            ["seconds"] = Math.Round(result.Elapsed.TotalSeconds, 3),
            ["initialisation_seconds"] = Math.Round(split.Initialisation.TotalSeconds, 3),
            ["steps_seconds"] = Math.Round(split.Steps.TotalSeconds, 3),
            ["refreshes"] = refreshes,
            ["refreshes_seconds"] = Math.Round(split.Refreshes.TotalSeconds, 3),
            ["ms_per_step"] = Math.Round(1000 * stepSeconds, 2),
            ["seconds_per_refresh"] = Math.Round(refreshSeconds, 3),
            ["refresh_ms_per_image"] = Math.Round(1000 * refreshSeconds / n, 4),
            ["full_fold_refreshes"] = fullRefreshes,
            ["projected_full_fold_minutes"] = Math.Round(projected / 60, 2),
            ["projection"] = $"{FullIterations} steps, {fullRefreshes} refreshes (every {FullInterval}) of {FoldImages} images (initialisation and refreshes scaled linearly from {n} images)",
            ["projected_steps_share"] = Math.Round(FullIterations * stepSeconds / projected, 3),
            ["projected_refreshes_share"] = Math.Round(fullRefreshes * scale * refreshSeconds / projected, 3),
            ["target_minutes"] = TargetMinutes,
            ["ratio_to_target"] = Math.Round(projected / 60 / TargetMinutes, 3),
            ["pass"] = projected / 60 <= TargetMinutes,
        };
    }
}
