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
/// <c>bench conv-autoencoder</c>: one training epoch of experiment 5's <see cref="BatchNormConvAutoencoder"/> (batch 32,
/// Adam lr 1e-4 eps 1e-7, MSE) on the first N MNIST training images, then its validation pass on the next ones, timed
/// apart, with the split of a step by phase and by layer kind. The peer is <c>tests/bench/conv_autoencoder_peer.py</c>
/// (<c>tests/bench/conv_autoencoder_compare.sh</c> runs both and prints the ratio).
/// </summary>
internal static class ConvAutoencoderBench
{
    /// <summary>Builds the <c>conv-autoencoder</c> subcommand of <c>bench</c>.</summary>
    public static Command Create()
    {
        var dataDir = BenchMnist.DataDirOption();
        var threads = BenchOptions.TorchThreads();
        var n = new Option<int>("--n") { Description = "Training images (the first N of MNIST's training set).", DefaultValueFactory = _ => 4000 };
        var validation = new Option<int>("--validation") { Description = "Validation images (the next ones).", DefaultValueFactory = _ => 1000 };
        var batchSize = new Option<int>("--batch-size") { Description = "Mini-batch size.", DefaultValueFactory = _ => 32 };
        var splitBatches = new Option<int>("--split-batches") { Description = "Batches timed phase by phase and layer by layer (0: no split).", DefaultValueFactory = _ => 30 };
        var seed = BenchOptions.TrainingSeed();
        var command = new Command("conv-autoencoder", "Time one epoch of experiment 5's batch-norm conv autoencoder (batch 32, Adam) and its validation pass, and print JSON.")
        {
            dataDir, threads, n, validation, batchSize, splitBatches, seed,
        };
        command.SetAction(parse => JsonCommand.Run(() => Run(parse.GetValue(dataDir), parse.GetValue(threads), parse.GetValue(n), parse.GetValue(validation),
            parse.GetValue(batchSize), parse.GetValue(splitBatches), parse.GetValue(seed))));
        return command;
    }

    private static Dictionary<string, object?> Run(DirectoryInfo? dataDir, int threads, int n, int validationCount, int batchSize, int splitBatches, int seed)
    {
        if (threads <= 0 || n <= 0 || batchSize <= 0 || validationCount < 0 || splitBatches < 0)
            throw new ArgumentException("--threads, --n and --batch-size must be positive, --validation and --split-batches non-negative.");
        torch.set_num_threads(threads);
        var load = Stopwatch.StartNew();
        using var scope = NewDisposeScope();
        var all = BenchMnist.Load(DataSplit.Train, dataDir).Images;
        if (n + validationCount > all.shape[0])
            throw new ArgumentException($"--n plus --validation is {n + validationCount}, more than the {all.shape[0]} MNIST training images.");
        var images = all.narrow(0, 0, n + validationCount).reshape(-1, 1, 28, 28).contiguous();
        var train = images.narrow(0, 0, n);
        var validation = images.narrow(0, n, validationCount);
        var loadSeconds = load.Elapsed.TotalSeconds;
        var shape = new ImageShape(1, 28, 28);
        var options = new TrainingOptions
        {
            Epochs = 1, BatchSize = batchSize, Optimizer = OptimizerKind.Adam, LearningRate = 1e-4, Epsilon = 1e-7, Seed = seed,
            ProgressInterval = int.MaxValue,
        };

        // Warm-up (native kernels, JIT) on a separate model, excluded from the timing like in the peer.
        using (var warm = new BatchNormConvAutoencoder(shape, seed: seed))
        {
            Trainer.FitAutoencoder(warm, train.narrow(0, 0, Math.Min(3 * batchSize, n)), options);
            if (validationCount > 0) Inference.MeanLoss(warm, Losses.Create(options.Loss), validation.narrow(0, 0, Math.Min(64, validationCount)), validation.narrow(0, 0, Math.Min(64, validationCount)));
        }

        using var model = new BatchNormConvAutoencoder(shape, seed: seed);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = Trainer.FitAutoencoder(model, train, options);
        var trainSeconds = clock.Elapsed.TotalSeconds;
        var batches = (n + batchSize - 1) / batchSize;
        var managedPerBatch = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)batches;
        double? validationSeconds = null, validationLoss = null;
        if (validationCount > 0)
        {
            clock.Restart();
            validationLoss = Inference.MeanLoss(model, Losses.Create(options.Loss), validation, validation, options.EvaluationBatchSize);
            validationSeconds = clock.Elapsed.TotalSeconds;
        }

        var report = new Dictionary<string, object?>
        {
            ["benchmark"] = "conv-autoencoder",
            ["implementation"] = "TorchSharp " + typeof(torch).Assembly.GetName().Version,
            ["processor"] = Processor.Name(),
            ["upsampling"] = UpsamplingMode(model),
            ["n"] = n,
            ["validation_n"] = validationCount,
            ["batch_size"] = batchSize,
            ["threads"] = torch.get_num_threads(),
            ["convolutions"] = Convolution2d.Routes,
            ["native_heap"] = TorchRuntime.HeapSettings,
            ["onednn_max_cpu_isa"] = Environment.GetEnvironmentVariable("ONEDNN_MAX_CPU_ISA"),
            ["train_seconds"] = Math.Round(trainSeconds, 3),
            ["train_ms_per_image"] = Math.Round(1000 * trainSeconds / n, 4),
            ["validation_seconds"] = validationSeconds is { } v ? Math.Round(v, 3) : null,
            ["validation_ms_per_image"] = validationSeconds is { } w ? Math.Round(1000 * w / validationCount, 4) : null,
            ["validation_batch_size"] = options.EvaluationBatchSize,
            ["loss"] = Math.Round(result.Losses[^1], 6),
            ["validation_loss"] = validationLoss is { } l ? Math.Round(l, 6) : null,
            ["managed_bytes_per_batch"] = Math.Round(managedPerBatch),
            ["load_seconds"] = Math.Round(loadSeconds, 3),
        };
        if (splitBatches > 0)
        {
            using var probe = new BatchNormConvAutoencoder(shape, seed: seed);
            var steps = StepSplit.Measure(probe, train, options, splitBatches);
            report["step_ms_per_batch"] = steps.ToDictionary(p => p.Key, p => Math.Round(1000 * p.Value, 3));
            using var generator = Seeding.Generator(seed);
            using var order = BatchIndices.EpochOrder(n, generator);
            var samples = BatchIndices.Ranges(n, batchSize).Take(splitBatches).Select(r => BatchIndices.Select(train, order, r.Start, r.Count)).ToList();
            var layers = LayerSplit.Measure([probe.Encoder, probe.Decoder], samples);
            report["layer_ms_per_batch"] = layers.ToDictionary(p => p.Key, p => new { forward = Math.Round(1000 * p.Value.Forward, 3), backward = Math.Round(1000 * p.Value.Backward, 3) });
        }
        return report;
    }

    /// <summary>What the model's first upsampling layer does, found by running it on a 2x2 ramp: nearest, bilinear (align_corners false) or other.</summary>
    private static string UpsamplingMode(BatchNormConvAutoencoder model)
    {
        var layer = model.Decoder.children().OfType<TorchSharp.Modules.Upsample>().FirstOrDefault();
        if (layer is null) return "none";
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var second = layer.call(tensor(new float[] { 1, 2, 3, 4 }, [1, 1, 2, 2]))[0, 0, 0, 1].item<float>();
        return second switch { 1f => "nearest", 1.25f => "bilinear", _ => $"other (1 2 / 3 4 gives {second} at [0, 1])" };
    }
}
