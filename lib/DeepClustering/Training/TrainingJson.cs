using System.Text.Json.Serialization;

namespace DeepClustering.Training;

/// <summary>
/// Source-generated JSON for <see cref="TrainingResult"/>, which the model cache keeps beside the weights (no
/// reflection-based JSON, which is off in file-based apps and trimmed programs).
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    // a result written before a record gained a member is a miss, not a zero
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(TrainingResult))]
public sealed partial class TrainingJson : JsonSerializerContext;
