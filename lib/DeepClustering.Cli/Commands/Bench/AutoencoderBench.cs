using System.CommandLine;
using System.Diagnostics;
using DeepClustering.Cli.Input;
using DeepClustering.Cli.Output;
using DeepClustering.Data;
using DeepClustering.Models;
using DeepClustering.Platform;
using DeepClustering.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Commands.Bench;

/// <summary>
/// <c>bench autoencoder</c>: times training epochs of the DEC-standard 784-500-500-2000-10 autoencoder on MNIST 70k
/// (batch 256, Adam, MSE) and prints one JSON object. The peer is <c>tests/bench/autoencoder_peer.py</c>.
/// </summary>
public static class AutoencoderBench
{
    /// <summary>Builds the <c>autoencoder</c> subcommand of <c>bench</c>.</summary>
    public static Command Create()
    {
        var dataDir = BenchMnist.DataDirOption();
        var threads = BenchOptions.TorchThreads();
        var epochs = new Option<int>("--epochs") { Description = "Timed epochs.", DefaultValueFactory = _ => 1 };
        var batchSize = new Option<int>("--batch-size") { Description = "Mini-batch size.", DefaultValueFactory = _ => 256 };
        var limit = new Option<int>("--limit") { Description = "Use only the first N images (0: all 70,000).", DefaultValueFactory = _ => 0 };
        var seed = BenchOptions.TrainingSeed();
        var command = new Command("autoencoder", "Time one epoch of the 784-500-500-2000-10 autoencoder on MNIST 70k (batch 256, Adam) and print JSON.")
        {
            dataDir, threads, epochs, batchSize, limit, seed,
        };
        command.SetAction(parse => JsonCommand.Run(() => Run(parse.GetValue(dataDir), parse.GetValue(threads), parse.GetValue(epochs),
            parse.GetValue(batchSize), parse.GetValue(limit), parse.GetValue(seed))));
        return command;
    }

    private static Dictionary<string, object?> Run(DirectoryInfo? dataDir, int threads, int epochs, int batchSize, int limit, int seed)
    {
        if (threads <= 0 || epochs <= 0 || batchSize <= 0 || limit < 0)
            throw new ArgumentException("--threads, --epochs and --batch-size must be positive, --limit non-negative.");
        torch.set_num_threads(threads);
        var load = Stopwatch.StartNew();
        using var scope = NewDisposeScope();
        var images = BenchMnist.Load(DataSplit.All, dataDir).Images;
        if (limit > 0 && limit < images.shape[0]) images = images.narrow(0, 0, limit);
        var loadSeconds = load.Elapsed.TotalSeconds;

        var options = new TrainingOptions { Epochs = epochs, BatchSize = batchSize, Optimizer = OptimizerKind.Adam, LearningRate = 1e-3, Seed = seed };
        // Warm-up (native kernels, JIT) on a separate model, excluded from the timing like in the peer.
        Trainer.FitAutoencoder(DenseAutoencoder.DecStandard(seed: seed), images.narrow(0, 0, Math.Min(batchSize * 3, images.shape[0])), options with { Epochs = 1 });

        var model = DenseAutoencoder.DecStandard(seed: seed);
        var clock = Stopwatch.StartNew();
        var result = Trainer.FitAutoencoder(model, images, options);
        var seconds = clock.Elapsed.TotalSeconds;
        return new Dictionary<string, object?>
        {
            ["benchmark"] = "autoencoder",
            ["implementation"] = "TorchSharp " + typeof(torch).Assembly.GetName().Version,
            ["model"] = "784-500-500-2000-10",
            ["n"] = images.shape[0],
            ["batch_size"] = batchSize,
            ["epochs"] = epochs,
            ["threads"] = torch.get_num_threads(),
            ["mkl_dispatch"] = TorchRuntime.MklDispatch,
            ["native_heap"] = TorchRuntime.HeapSettings,
            ["seconds"] = Math.Round(seconds, 3),
            ["seconds_per_epoch"] = Math.Round(seconds / epochs, 3),
            ["final_loss"] = Math.Round(result.Losses[^1], 6),
            ["load_seconds"] = Math.Round(loadSeconds, 3),
        };
    }
}
