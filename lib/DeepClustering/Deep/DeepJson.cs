using System.Text.Json.Serialization;

namespace DeepClustering.Deep;

/// <summary>
/// Source-generated JSON for the summaries the model cache keeps beside DEC's and neural k-means' weights (no
/// reflection-based JSON, which is off in file-based apps and trimmed programs).
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    // a summary written before a record gained a member is a miss, not a zero
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(DecSummary))]
[JsonSerializable(typeof(NeuralKMeansSummary))]
public sealed partial class DeepJson : JsonSerializerContext;
