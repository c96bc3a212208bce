using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using DeepClustering.IO;

namespace DeepClustering.Reproductions;

/// <summary>
/// Collects an experiment's numbers with their targets, writes them as <c>artifacts/results/&lt;notebook&gt;.json</c> and
/// fails the run when a number misses the target of the current profile.
/// </summary>
/// <remarks>
/// Each number carries two conditions: a sanity range that a <c>quick</c> run (subsets, few epochs) must land in, and
/// the reproduction target that a <c>full</c> run must meet. A run is judged only by the condition of its profile.
/// </remarks>
public sealed class ExperimentLog
{
    /// <summary>The profile that runs on subsets with few epochs (CI).</summary>
    public const string Quick = "quick";

    /// <summary>The profile that follows the original protocol.</summary>
    public const string Full = "full";

    private readonly List<ResultEntry> _entries = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Starts the log of one notebook run.</summary>
    /// <exception cref="ArgumentException">The profile is neither quick nor full.</exception>
    public ExperimentLog(string notebook, string profile, int seed, bool comparable = true)
    {
        if (profile is not (Quick or Full))
            throw new ArgumentException($"profile must be \"{Quick}\" or \"{Full}\", not \"{profile}\".", nameof(profile));
        Notebook = notebook;
        Profile = profile;
        Seed = seed;
        Comparable = comparable;
    }

    /// <summary>The notebook's name (file name without extension).</summary>
    public string Notebook { get; }

    /// <summary>quick or full.</summary>
    public string Profile { get; }

    /// <summary>The run's seed.</summary>
    public int Seed { get; }

    /// <summary>False when the run used stand-in data; its numbers are then marked not comparable.</summary>
    public bool Comparable { get; set; }

    /// <summary>
    /// <paramref name="reproduction"/> when the data are the real ones, else <paramref name="sanity"/>: a full run on
    /// stand-in data cannot reproduce a reported number, only stay sane.
    /// </summary>
    public Target WhenComparable(Target reproduction, Target sanity) => Comparable ? reproduction : sanity;

    /// <summary>Whether this is a full reproduction run.</summary>
    public bool IsFull => Profile == Full;

    /// <summary>The numbers recorded so far.</summary>
    public IReadOnlyList<ResultEntry> Entries => _entries;

    /// <summary>
    /// Records a number. <paramref name="quick"/> is the sanity range for quick runs, <paramref name="full"/> the
    /// reproduction target for full runs; either may be null (informative only). The entry's <c>seconds</c> is the time
    /// since this log started; <paramref name="stageSeconds"/>, when given, is the time of the step that produced the value.
    /// Returns the entry.
    /// </summary>
    public ResultEntry Record(string metric, double value, double? reported = null, Target? quick = null, Target? full = null, double? stageSeconds = null)
    {
        var target = IsFull ? full : quick;
        var entry = new ResultEntry(Notebook, metric, value, reported, target, target?.IsMetBy(value), Profile, Seed,
            _clock.Elapsed.TotalSeconds, Comparable, stageSeconds);
        _entries.Add(entry);
        return entry;
    }

    /// <summary>
    /// Records fold <paramref name="fold"/>'s value of a number (named "fold N metric"), beside the original's value of
    /// that fold when <paramref name="reported"/> has per-fold values; runs of single folds are combined by the record.
    /// </summary>
    public ResultEntry RecordFold(int fold, string metric, double value, ReportedNumber? reported = null, Target? quick = null, Target? full = null)
    {
        var reportedFold = reported?.Folds is { } folds && fold >= 0 && fold < folds.Length ? folds[fold] : (double?)null;
        var entry = Record($"fold {fold} {metric}", value, reportedFold, quick, full) with { ReportedId = reported?.Id, Fold = fold };
        _entries[^1] = entry;
        return entry;
    }

    /// <summary>
    /// Records a number measured over several seeds or folds: its value is the mean, stored with n, std and the 95 %
    /// intervals. With <paramref name="reported"/>, the entry also says where the reported number falls: a reported
    /// single run against our prediction interval, a reported mean over folds against our folds by Welch's test.
    /// </summary>
    public ResultEntry RecordAggregate(
        string metric, IEnumerable<double> values, ReportedNumber? reported = null, Target? quick = null, Target? full = null)
    {
        var aggregate = Aggregate.Of(values);
        var entry = Record(metric, aggregate.Mean, reported?.Value, quick, full);
        var position = ReportedPosition.Of(aggregate, reported);
        var withSpread = entry with { Aggregate = aggregate, Position = position, ReportedId = reported?.Id };
        _entries[^1] = withSpread;
        return withSpread;
    }

    /// <summary>The entries whose target was missed.</summary>
    public IReadOnlyList<ResultEntry> Failures => _entries.Where(e => e.Pass == false).ToList();

    /// <summary>Writes the results JSON atomically into <paramref name="resultsDirectory"/> and returns its path.</summary>
    public string Save(string resultsDirectory)
    {
        Directory.CreateDirectory(resultsDirectory);
        var path = Path.Combine(resultsDirectory, Notebook + ".json");
        var document = new ResultsDocument(Notebook, Profile, Seed, Comparable, _clock.Elapsed.TotalSeconds, _entries, RunProvenance.Capture());
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(document, ResultsJson.Default.ResultsDocument));
        return path;
    }

    /// <summary>Reads a results file written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a results document; the message names it.</exception>
    public static ResultsDocument Load(string path)
    {
        try
        {
            var document = JsonSerializer.Deserialize(File.ReadAllText(path), ResultsJson.Default.ResultsDocument)
                ?? throw new InvalidDataException($"{path}: expected a results object, found null.");
            // a JSON object without these (another tool's file in the folder) would fail later, far from its name
            if (document.Notebook is null || document.Results is null || document.Results.Any(r => r is null || r.Metric is null))
                throw new InvalidDataException(
                    $"{path}: not a results document; expected an object with \"notebook\" and a \"results\" array of entries with \"metric\".");
            return document;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: line {e.LineNumber + 1}: not a results document ({e.Message}).", e);
        }
    }

    /// <summary>Throws when any number missed the target of this run's profile, listing every miss.</summary>
    /// <exception cref="ExperimentTargetException">At least one target was missed.</exception>
    public void AssertTargets()
    {
        var failures = Failures;
        if (failures.Count == 0) return;
        var lines = failures.Select(f => $"  {f.Metric} = {f.Value:0.####}, expected {f.Target}");
        throw new ExperimentTargetException($"{Notebook} ({Profile}): {failures.Count} number(s) missed their target:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
    }
}

/// <summary>Source-generated JSON for results files (works where reflection-based JSON is off, as in file-based apps).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ResultsDocument))]
internal sealed partial class ResultsJson : JsonSerializerContext;
