using System.Globalization;
using System.Text;

namespace DeepClustering.Experiments;

/// <summary>
/// The reproduction record's tables, generated from the committed full-profile results (<c>notebooks/results/</c>) and
/// the reported numbers (<c>data/reported.json</c>): the README's summary and one table per experiment for RESULTS.md.
/// </summary>
/// <param name="Reported">What the originals reported.</param>
/// <param name="Results">The committed results documents (full profile).</param>
public sealed record ReproductionRecord(ReportedNumbers Reported, IReadOnlyList<ResultsDocument> Results)
{
    /// <summary>The name of the README's block.</summary>
    public const string SummaryBlock = "summary";

    /// <summary>Every block this record generates, by name: <see cref="SummaryBlock"/> and one per experiment's notebook.</summary>
    public IReadOnlyDictionary<string, string> Blocks() =>
        new[] { (SummaryBlock, Summary()) }
            .Concat(Reported.Experiments.Select(e => (e.Notebook, Experiment(e.Notebook))))
            .ToDictionary(b => b.Item1, b => b.Item2);

    /// <summary>The folder of the figures, relative to RESULTS.md.</summary>
    public const string FigureFolder = "figures";

    /// <summary>
    /// The record's figures: for a number over seeds, our runs against the reported single run and our prediction
    /// interval; for a mean over folds, our folds against the reported ones; for single runs, ours against the reported.
    /// </summary>
    public IReadOnlyList<RecordFigure> Figures() => [.. Results.SelectMany(FiguresOf)];

    private IEnumerable<RecordFigure> FiguresOf(ResultsDocument document)
    {
        var spreads = document.Results.Where(e => e.Aggregate is not null && e.Position is not null).ToList();
        foreach (var (entry, i) in spreads.Select((e, i) => (e, i)))
        {
            var ours = entry.Aggregate!.Values.Select(v => (double?)v).ToArray();
            var file = $"{document.Notebook}-{i + 1}.svg";
            if (entry.Position!.Yardstick == "welch" && ReportedFolds(document.Notebook, entry) is { } folds)
                yield return new RecordFigure(file, entry.Metric, "value", [.. folds.Select((_, f) => $"fold {f}")],
                    [("reported", [.. folds.Select(v => (double?)v)]), ("ours", ours)],
                    entry.Aggregate.Mean, "our mean", entry.Aggregate.Ci95, "95 % CI of our mean");
            else if (entry.Position.Yardstick == "prediction interval")
                yield return new RecordFigure(file, entry.Metric, "value", [.. ours.Select((_, s) => $"run {s + 1}")],
                    [("ours", ours)], entry.Reported, "reported (one run)", entry.Aggregate.Pi95, "95 % prediction interval");
        }
        // one run of ours against figures published for the whole protocol (06): the comparison a reader looks for
        var published = ExperimentOf(document.Notebook)?.Numbers.Where(n => n.Kind == "published").Select(n => n.Value).ToHashSet() ?? [];
        var singles = document.Results.Where(e => e.Aggregate is null && e.Reported is { } r && published.Contains(r)).ToList();
        if (singles.Count >= 2)
            yield return new RecordFigure($"{document.Notebook}.svg", $"{document.Notebook}: one run of ours against the published figures", "value",
                [.. singles.Select(e => Wrap(e.Metric))], [("published", [.. singles.Select(e => e.Reported)]), ("ours", [.. singles.Select(e => (double?)e.Value)])]);
    }

    private double[]? ReportedFolds(string notebook, ResultEntry entry) =>
        entry.ReportedId is { } id ? ExperimentOf(notebook)?.Numbers.FirstOrDefault(n => n.Id == id)?.Folds : null;

    private ReportedExperiment? ExperimentOf(string notebook) =>
        Reported.Experiments.FirstOrDefault(e => notebook.StartsWith(e.Notebook, StringComparison.Ordinal));

    /// <summary>A long label on lines of about 28 characters.</summary>
    private static string Wrap(string label)
    {
        var lines = new List<string> { "" };
        foreach (var word in label.Split(' '))
            if (lines[^1].Length + word.Length > 28 && lines[^1].Length > 0) lines.Add(word);
            else lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        return string.Join("\n", lines);
    }

    /// <summary>The README's table: per experiment, each number with a reported value and a target or a spread.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine("| experiment | number | reported | ours | verdict |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var experiment in Reported.Experiments)
        {
            var documents = For(experiment.Notebook);
            var rows = documents.SelectMany(d => d.Results)
                .Where(e => e.Reported is not null && (e.Target is not null || e.Aggregate is not null)).ToList();
            if (documents.Count == 0 || rows.Count == 0)
            {
                text.AppendLine($"| {experiment.Notebook} | | | {Pending(experiment.Notebook, documents.Count)} | |");
                continue;
            }
            foreach (var entry in rows)
                text.AppendLine($"| {experiment.Notebook} | {entry.Metric} | {F(entry.Reported)} | {Ours(entry)} | {Verdict(entry)} |");
        }
        text.AppendLine();
        text.AppendLine(Machines());
        return text.ToString();
    }

    /// <summary>RESULTS.md's table of one experiment: every number it recorded, the reported one beside it, and where it ran.</summary>
    public string Experiment(string notebook)
    {
        var documents = For(notebook);
        if (documents.Count == 0)
            return Pending(notebook, 0) + "\n";
        var text = new StringBuilder();
        foreach (var document in documents)
        {
            text.AppendLine($"`{document.Notebook}.json`: {Provenance(document)}");
            text.AppendLine();
            text.AppendLine("| number | reported | ours | target | verdict |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var entry in document.Results)
                text.AppendLine($"| {entry.Metric} | {F(entry.Reported)} | {Ours(entry)} | {entry.Target?.ToString() ?? ""} | {Verdict(entry)} |");
            text.AppendLine();
            foreach (var figure in FiguresOf(document))
            {
                text.AppendLine($"![{figure.Title}]({FigureFolder}/{figure.File})");
                text.AppendLine();
            }
        }
        return text.ToString();
    }

    private IReadOnlyList<ResultsDocument> For(string notebook) =>
        [.. Results.Where(d => d.Notebook == notebook || d.Notebook.StartsWith(notebook + "-fold-", StringComparison.Ordinal))];

    private static string Pending(string notebook, int files) => files == 0
        ? "no committed full-profile result yet"
        : "no number with a reported value in its committed results";

    private string Machines()
    {
        var runs = Results.Select(d => $"`{d.Notebook}`: {Provenance(d)}");
        return "Measured in the full profile; each result's run: " + (Results.Count == 0 ? "none yet." : string.Join("; ", runs) + ".");
    }

    private static string Provenance(ResultsDocument document) => document.Provenance is { } p
        ? $"commit {p.Commit[..Math.Min(7, p.Commit.Length)]}{(p.Dirty ? " (with local changes)" : "")}, {p.Date[..10]}, {p.Processor}"
        : "no provenance recorded";

    private static string Ours(ResultEntry entry) => entry.Aggregate is { Ci95: { } ci } aggregate
        ? $"{F(entry.Value)} (95 % CI {F(ci[0])}-{F(ci[1])}, n = {aggregate.N})"
        : F(entry.Value);

    private static string Verdict(ResultEntry entry)
    {
        var target = entry.Pass switch { true => "pass", false => "**miss**", null => "" };
        var position = entry.Position?.Text ?? (entry.Reported is not null && entry.Aggregate is null ? "one run of ours" : "");
        return string.Join("; ", new[] { target, position }.Where(s => s.Length > 0));
    }

    private static string F(double? x) => x is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "";
}
