// ML.NET peer of `deep-clustering bench kmeans`: KMeansTrainer on MNIST pixels / 255 (float32), k = 10, the same thread
// count, fitted `--repeat` times in one process after loading (and one warm-up fit on 2,000 rows); prints one JSON
// object with the fastest fit and the inertia of its centroids (computed here in float64, so both sides count the same).
// Usage: dotnet run -c Release --project tests/bench/KMeansMlNetPeer -- [--data-dir DIR] [--threads T] [--repeat R]
//        [--split train|all] [--init yinyang|kmeans++|random] [--seed S]
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

var options = ParseArguments(args);
var dataDir = options.GetValueOrDefault("data-dir") ?? Environment.GetEnvironmentVariable("DEEPCLUSTERING_DATA") ?? "data";
var threads = int.Parse(options.GetValueOrDefault("threads") ?? Environment.ProcessorCount.ToString());
var repeats = int.Parse(options.GetValueOrDefault("repeat") ?? "3");
var split = options.GetValueOrDefault("split") ?? "train";
var init = options.GetValueOrDefault("init") ?? "yinyang";
var seed = int.Parse(options.GetValueOrDefault("seed") ?? "0");

var load = Stopwatch.StartNew();
var rows = ReadImages(Path.Combine(dataDir, "mnist", "train-images-idx3-ubyte"));
if (split == "all") rows.AddRange(ReadImages(Path.Combine(dataDir, "mnist", "t10k-images-idx3-ubyte")));
var context = new MLContext(seed);
var data = context.Data.LoadFromEnumerable(rows.Select(r => new Row { Features = r }), SchemaDefinition.Create(typeof(Row)).Also(s => s["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, rows[0].Length)));
var loadSeconds = load.Elapsed.TotalSeconds;

var trainerOptions = new KMeansTrainer.Options
{
    NumberOfClusters = 10,
    NumberOfThreads = threads,
    InitializationAlgorithm = init switch
    {
        "kmeans++" => KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
        "random" => KMeansTrainer.InitializationAlgorithm.Random,
        _ => KMeansTrainer.InitializationAlgorithm.KMeansYinyang,
    },
};
context.Clustering.Trainers.KMeans(trainerOptions).Fit(context.Data.TakeRows(data, 2000)); // warm-up (JIT), not timed
var times = new List<double>();
KMeansModelParameters? model = null;
for (var r = 0; r < repeats; r++)
{
    var clock = Stopwatch.StartNew();
    model = context.Clustering.Trainers.KMeans(trainerOptions).Fit(data).Model;
    times.Add(clock.Elapsed.TotalSeconds);
}
VBuffer<float>[] centroids = [];
model!.GetClusterCentroids(ref centroids, out var k);
var dense = centroids.Select(c => c.DenseValues().ToArray()).ToArray();
var inertia = 0.0;
foreach (var row in rows)
{
    var best = double.MaxValue;
    foreach (var c in dense)
    {
        var s = 0.0;
        for (var j = 0; j < row.Length; j++) { var diff = (double)row[j] - c[j]; s += diff * diff; }
        best = Math.Min(best, s);
    }
    inertia += best;
}
Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
{
    ["benchmark"] = "kmeans",
    ["implementation"] = "ML.NET KMeansTrainer " + typeof(KMeansTrainer).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
        .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0],
    ["init"] = init,
    ["n"] = rows.Count,
    ["d"] = rows[0].Length,
    ["k"] = k,
    ["threads"] = threads,
    ["seconds"] = Math.Round(times.Min(), 4),
    ["all_seconds"] = times.Select(t => Math.Round(t, 4)).ToList(),
    ["inertia"] = inertia,
    ["load_seconds"] = Math.Round(loadSeconds, 3),
}));

static List<float[]> ReadImages(string path)
{
    using Stream file = File.Exists(path) ? File.OpenRead(path) : new GZipStream(File.OpenRead(path + ".gz"), CompressionMode.Decompress);
    using var buffer = new MemoryStream();
    file.CopyTo(buffer);
    var bytes = buffer.ToArray();
    int Int(int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
    if (Int(0) != 0x803) throw new InvalidDataException($"{path}: not an IDX image file (magic {Int(0):x} at offset 0, expected 803)");
    var (count, pixels) = (Int(4), Int(8) * Int(12));
    if (bytes.Length != 16 + (long)count * pixels) throw new InvalidDataException($"{path}: {bytes.Length} bytes, expected {16 + (long)count * pixels}");
    return Enumerable.Range(0, count).Select(i => bytes.AsSpan(16 + i * pixels, pixels).ToArray().Select(b => b / 255f).ToArray()).ToList();
}

static Dictionary<string, string> ParseArguments(string[] args)
{
    var result = new Dictionary<string, string>();
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        if (!args[i].StartsWith("--")) throw new ArgumentException($"expected --name value, got '{args[i]}'");
        result[args[i][2..]] = args[i + 1];
    }
    return result;
}

/// <summary>One image as ML.NET's feature vector.</summary>
internal sealed class Row
{
    public float[] Features { get; set; } = [];
}

internal static class Fluent
{
    public static T Also<T>(this T value, Action<T> action) { action(value); return value; }
}
