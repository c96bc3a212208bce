using System.Text.Json;
using DeepClustering.Numerics;

namespace DeepClustering.Tests.Golden;

/// <summary>One scikit-learn golden file from tests/golden (written by tests/golden/make_golden.py).</summary>
public sealed class GoldenCase
{
    private readonly JsonElement _root;

    private GoldenCase(string name, JsonElement root, Matrix<double>? data)
    {
        Name = name;
        _root = root;
        Data = data;
    }

    /// <summary>Every case name with a golden file.</summary>
    public static readonly string[] Names =
        ["blobs_iso", "blobs_aniso", "blobs_highdim", "ties", "single_cluster", "duplicate_init", "mnist_test_2000"];

    public string Name { get; }

    /// <summary>The data, or null when it lives in the data directory and that is absent.</summary>
    public Matrix<double>? Data { get; }

    public int[] LabelsTrue => Ints(_root.GetProperty("labels_true"));

    public int[] LabelsPred => Ints(_root.GetProperty("labels_pred"));

    public double? Metric(string name) =>
        _root.GetProperty("metrics").GetProperty(name) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null;

    public long[][] Confusion => _root.GetProperty("confusion").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetInt64()).ToArray()).ToArray();

    public JsonElement? KMeans => _root.GetProperty("kmeans") is { ValueKind: JsonValueKind.Object } k ? k : null;

    public static GoldenCase Load(string name)
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "golden", name + ".json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement.Clone();
        Matrix<double>? data = null;
        if (root.GetProperty("data") is { ValueKind: JsonValueKind.Array } rows)
            data = Matrix<double>.FromRows(rows.EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToList());
        else if (root.GetProperty("source").GetProperty("kind").GetString() == "mnist_test_images")
            data = TestData.MnistTestImages(root.GetProperty("source").GetProperty("count").GetInt32());
        return new GoldenCase(name, root, data);
    }

    public static int[] Ints(JsonElement array) => array.EnumerateArray().Select(v => v.GetInt32()).ToArray();

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(v => v.GetDouble()).ToArray();

    /// <summary>The folder holding DeepClustering.slnx, found upwards from the test binaries.</summary>
    public static string RepositoryRoot() =>
        DeepClustering.Data.DataLocator.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"{DeepClustering.Data.DataLocator.RepositoryMarker} not found above {AppContext.BaseDirectory}");
}
