using System.Buffers.Binary;
using System.CommandLine;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using DeepClustering.Models;
using DeepClustering.Torch;
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
        var dataDir = new Option<DirectoryInfo?>("--data-dir") { Description = "Data directory holding mnist/ (default: $DEEPCLUSTERING_DATA, then data/)." };
        var threads = new Option<int>("--threads") { Description = "Torch intra-op threads.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var epochs = new Option<int>("--epochs") { Description = "Timed epochs.", DefaultValueFactory = _ => 1 };
        var batchSize = new Option<int>("--batch-size") { Description = "Mini-batch size.", DefaultValueFactory = _ => 256 };
        var limit = new Option<int>("--limit") { Description = "Use only the first N images (0: all 70,000).", DefaultValueFactory = _ => 0 };
        var seed = new Option<long>("--seed") { Description = "Initialisation and shuffling seed.", DefaultValueFactory = _ => 0 };
        var command = new Command("autoencoder", "Time one epoch of the 784-500-500-2000-10 autoencoder on MNIST 70k (batch 256, Adam) and print JSON.")
        {
            dataDir, threads, epochs, batchSize, limit, seed,
        };
        command.SetAction(parse =>
        {
            try
            {
                var report = Run(ResolveMnist(parse.GetValue(dataDir)), parse.GetValue(threads), parse.GetValue(epochs),
                    parse.GetValue(batchSize), parse.GetValue(limit), parse.GetValue(seed));
                Console.WriteLine(JsonSerializer.Serialize(report));
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException)
            {
                Console.Error.WriteLine($"bench autoencoder: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static Dictionary<string, object> Run(string mnist, int threads, int epochs, int batchSize, int limit, long seed)
    {
        TorchRuntime.EnsureInitialized();
        if (threads <= 0 || epochs <= 0 || batchSize <= 0 || limit < 0)
            throw new ArgumentException("--threads, --epochs and --batch-size must be positive, --limit non-negative.");
        torch.set_num_threads(threads);
        var load = Stopwatch.StartNew();
        using var scope = NewDisposeScope();
        var images = cat([ReadImages(Path.Combine(mnist, "train-images-idx3-ubyte")), ReadImages(Path.Combine(mnist, "t10k-images-idx3-ubyte"))]);
        if (limit > 0 && limit < images.shape[0]) images = images.narrow(0, 0, limit);
        var loadSeconds = load.Elapsed.TotalSeconds;

        var options = new TrainingOptions { Epochs = epochs, BatchSize = batchSize, Optimizer = OptimizerKind.Adam, LearningRate = 1e-3, Seed = seed };
        // Warm-up (native kernels, JIT) on a separate model, excluded from the timing like in the peer.
        Trainer.FitAutoencoder(DenseAutoencoder.DecStandard(seed: seed), images.narrow(0, 0, Math.Min(batchSize * 3, images.shape[0])), options with { Epochs = 1 });

        var model = DenseAutoencoder.DecStandard(seed: seed);
        var clock = Stopwatch.StartNew();
        var result = Trainer.FitAutoencoder(model, images, options);
        var seconds = clock.Elapsed.TotalSeconds;
        return new Dictionary<string, object>
        {
            ["benchmark"] = "autoencoder",
            ["implementation"] = "TorchSharp " + typeof(torch).Assembly.GetName().Version,
            ["model"] = "784-500-500-2000-10",
            ["n"] = images.shape[0],
            ["batch_size"] = batchSize,
            ["epochs"] = epochs,
            ["threads"] = torch.get_num_threads(),
            ["seconds"] = Math.Round(seconds, 3),
            ["seconds_per_epoch"] = Math.Round(seconds / epochs, 3),
            ["final_loss"] = Math.Round(result.Losses[^1], 6),
            ["load_seconds"] = Math.Round(loadSeconds, 3),
        };
    }

    private static string ResolveMnist(DirectoryInfo? dataDir)
    {
        var root = dataDir?.FullName ?? Environment.GetEnvironmentVariable("DEEPCLUSTERING_DATA") ?? "data";
        var mnist = Path.Combine(root, "mnist");
        if (!Directory.Exists(mnist))
            throw new DirectoryNotFoundException($"MNIST not found: expected the IDX files in '{Path.GetFullPath(mnist)}' (set --data-dir or DEEPCLUSTERING_DATA).");
        return mnist;
    }

    /// <summary>Reads an IDX image file (raw or .gz beside it) into a float tensor [N, rows·cols] in [0, 1]. Minimal on purpose: the bench only.</summary>
    private static Tensor ReadImages(string path)
    {
        byte[] bytes;
        if (File.Exists(path))
            bytes = File.ReadAllBytes(path);
        else if (File.Exists(path + ".gz"))
        {
            using var gz = new GZipStream(File.OpenRead(path + ".gz"), CompressionMode.Decompress);
            using var memory = new MemoryStream();
            gz.CopyTo(memory);
            bytes = memory.ToArray();
            path += ".gz";
        }
        else
            throw new FileNotFoundException($"MNIST image file '{path}' (or '{path}.gz') not found.", path);

        if (bytes.Length < 16 || BinaryPrimitives.ReadInt32BigEndian(bytes) != 0x803)
            throw new InvalidDataException($"'{path}' at byte offset 0: expected the IDX image magic 0x00000803.");
        var count = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4));
        var size = (long)BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(8)) * BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(12));
        if (count < 0 || size <= 0 || 16 + count * size != bytes.Length)
            throw new InvalidDataException($"'{path}' at byte offset 4: header says {count} images of {size} pixels but the file has {bytes.Length} bytes.");
        using var raw = tensor(bytes.AsSpan(16).ToArray(), [count, size], ScalarType.Byte);
        return raw.to_type(ScalarType.Float32).div_(255f);
    }
}
