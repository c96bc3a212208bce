using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeepClustering.Reproductions;

/// <summary>
/// The numbers the originals reported, read from <c>data/reported.json</c> (compiled into the library, so notebooks
/// and apps find it from any working directory); the one place a reported number is written.
/// </summary>
public sealed class ReportedNumbers
{
    /// <summary>The resource name of the compiled-in copy.</summary>
    public const string ResourceName = "DeepClustering.Reproductions.reported.json";

    private static readonly Lazy<ReportedNumbers> Embedded = new(LoadEmbedded);

    private ReportedNumbers(IReadOnlyList<ReportedExperiment> experiments) => Experiments = experiments;

    /// <summary>Every experiment, in notebook order.</summary>
    public IReadOnlyList<ReportedExperiment> Experiments { get; }

    /// <summary>The compiled-in copy of <c>data/reported.json</c>.</summary>
    public static ReportedNumbers Default => Embedded.Value;

    /// <summary>What the original of <paramref name="notebook"/> reported, from the compiled-in copy.</summary>
    public static ReportedExperiment For(string notebook) => Default.Experiment(notebook);

    /// <summary>The experiment of <paramref name="notebook"/>.</summary>
    /// <exception cref="KeyNotFoundException">No experiment of that notebook;
    /// the message lists those there are.</exception>
    public ReportedExperiment Experiment(string notebook) =>
        Experiments.FirstOrDefault(e => e.Notebook == notebook)
        ?? throw new KeyNotFoundException(
            $"data/reported.json has no experiment '{notebook}'; " +
            $"it has: {string.Join(", ", Experiments.Select(e => e.Notebook))}.");

    /// <summary>Reads a reported-numbers file (the repository's <c>data/reported.json</c>, or a test's copy).</summary>
    /// <exception cref="InvalidDataException">The file is not valid;
    /// the message names it, the line and what was expected.</exception>
    public static ReportedNumbers Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses and checks the JSON text; <paramref name="name"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">The text is not valid;
    /// the message names it, the line and what was expected.</exception>
    public static ReportedNumbers Parse(string json, string name)
    {
        ReportedFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, ReportedJson.Default.ReportedFile);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(
                $"{name}: line {e.LineNumber + 1}: not a reported-numbers file ({e.Message}).", e);
        }
        if (file?.Experiments is not { } experiments)
            throw new InvalidDataException($"{name}: expected an object with an \"experiments\" array.");
        foreach (var experiment in experiments)
            Check(experiment, name);
        return new ReportedNumbers(experiments);
    }

    private static void Check(ReportedExperiment experiment, string name)
    {
        var duplicate = experiment.Numbers.GroupBy(n => n.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"{name}: {experiment.Notebook}: the id '{duplicate.Key}' is used twice.");
        foreach (var number in experiment.Numbers)
        {
            var where = $"{name}: {experiment.Notebook}/{number.Id}";
            if (number.Kind is not ("single" or "mean" or "series" or "published"))
                throw new InvalidDataException(
                    $"{where}: kind must be single, mean, series or published; got '{number.Kind}'.");
            if ((number.Kind == "series") != (number.Values is not null)
                || (number.Value is null && number.Values is null))
                throw new InvalidDataException(
                    $"{where}: a series has \"values\" and no \"value\"; every other kind a \"value\".");
            if (number.At is { } at && at.Length != number.Values?.Length)
                throw new InvalidDataException(
                    $"{where}: \"at\" has {at.Length} points for {number.Values?.Length ?? 0} values.");
            if (number.Std is not null && number.StdKind is not ("population" or "sample"))
                throw new InvalidDataException($"{where}: a std needs \"std_kind\": population or sample.");
        }
    }

    private static ReportedNumbers LoadEmbedded()
    {
        using var stream = typeof(ReportedNumbers).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The library was built without {ResourceName}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "data/reported.json (compiled in)");
    }
}

/// <summary>The file's top level.</summary>
/// <param name="Description">What the file is.</param>
/// <param name="Experiments">One entry per notebook.</param>
internal sealed record ReportedFile(string? Description, IReadOnlyList<ReportedExperiment>? Experiments);

/// <summary>
/// Source-generated JSON for <see cref="ReportedNumbers"/> (works where reflection-based JSON is off).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ReportedFile))]
internal sealed partial class ReportedJson : JsonSerializerContext;
