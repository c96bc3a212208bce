using System.Text.Json;

namespace DeepClustering.Keras;

/// <summary>One layer of a Keras model file, in the order of its <c>model_config</c>: class, name, configuration and weights.</summary>
/// <param name="Index">The 0-based position among the model's layers (input layers not counted).</param>
/// <param name="ClassName">The Keras class, e.g. <c>Conv2D</c>.</param>
/// <param name="Name">The layer's name in the file.</param>
/// <param name="Config">The layer's <c>config</c> object from <c>model_config</c>.</param>
/// <param name="Weights">Its weight arrays in the file's <c>weight_names</c> order (empty for layers without weights).</param>
public sealed record KerasLayer(int Index, string ClassName, string Name, JsonElement Config, IReadOnlyList<KerasWeight> Weights)
{
    /// <summary>How error messages name the layer: <c>14 'dense_3' (Dense)</c>.</summary>
    public string Label => $"{Index} '{Name}' ({ClassName})";

    /// <summary>The weight named <paramref name="name"/> (e.g. <c>kernel:0</c>), or null.</summary>
    public KerasWeight? Weight(string name) => Weights.FirstOrDefault(w => w.Name == name);

    /// <summary>A string setting of the configuration, or null when absent.</summary>
    public string? Setting(string key) =>
        Config.ValueKind == JsonValueKind.Object && Config.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A numeric setting of the configuration, or null when absent.</summary>
    public double? Number(string key) =>
        Config.ValueKind == JsonValueKind.Object && Config.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    /// <summary>An integer-list setting (e.g. <c>kernel_size</c>), or null when absent.</summary>
    public long[]? Numbers(string key) =>
        Config.ValueKind == JsonValueKind.Object && Config.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(e => e.GetInt64()).ToArray()
            : null;
}
