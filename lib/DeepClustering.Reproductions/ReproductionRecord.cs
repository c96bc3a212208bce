using System.Globalization;
using System.Text;

namespace DeepClustering.Reproductions;

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
    public IReadOnlyList<RecordFigure> Figures() =>
        [.. Results.SelectMany(FiguresOf), .. Reported.Experiments.SelectMany(e => SpreadFigures($"{e.Notebook}-over-folds", e.Notebook, OverFolds(e.Notebook)))];

    private IEnumerable<RecordFigure> SpreadFigures(string prefix, string notebook, IEnumerable<ResultEntry> entries)
    {
        foreach (var (entry, i) in entries.Where(e => e.Aggregate is not null && e.Position is not null).Select((e, i) => (e, i)))
        {
            var ours = entry.Aggregate!.Values.Select(v => (double?)v).ToArray();
            var file = $"{prefix}-{i + 1}.svg";
            if (entry.Position!.Yardstick == "welch" && ReportedFolds(notebook, entry) is { } folds)
                yield return new RecordFigure(file, entry.Metric, "value", [.. folds.Select((_, f) => $"fold {f}")],
                    [("reported", [.. folds.Select(v => (double?)v)]), ("ours", ours)],
                    entry.Aggregate.Mean, "our mean", entry.Aggregate.Ci95, "95 % CI of our mean");
            else if (entry.Position.Yardstick == "prediction interval")
                yield return new RecordFigure(file, entry.Metric, "value", [.. ours.Select((_, r) => $"run {r + 1}")],
                    [("ours", ours)], entry.Reported, "reported (one run)", entry.Aggregate.Pi95, "95 % prediction interval");
        }
    }

    private IEnumerable<RecordFigure> FiguresOf(ResultsDocument document)
    {
        foreach (var figure in SpreadFigures(document.Notebook, document.Notebook, document.Results))
            yield return figure;
        // one run of ours against figures published for the whole protocol (06): the comparison a reader looks for
        var published = ExperimentOf(document.Notebook)?.Numbers.Where(n => n.Kind == "published").Select(n => n.Value).ToHashSet() ?? [];
        var singles = document.Results.Where(e => e.Aggregate is null && e.Reported is { } r && published.Contains(r)).ToList();
        if (singles.Count >= 2 && !document.Results.Any(e => e.Aggregate is not null))
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
        text.AppendLine("| experiment | number: reported → ours | verdict |");
        text.AppendLine("|---|---|---|");
        foreach (var experiment in Reported.Experiments)
        {
            var documents = For(experiment.Notebook);
            var rows = documents.SelectMany(d => d.Results).Concat(OverFolds(experiment.Notebook))
                .Where(e => e.Reported is not null && (e.Target is not null || e.Aggregate is not null)).ToList();
            if (documents.Count == 0 || rows.Count == 0)
            {
                text.AppendLine($"| {experiment.Notebook} | {Pending(documents.Count)} | |");
                continue;
            }
            // one line per experiment in the file (GitHub renders <br> in a table cell), so the README stays short
            var numbers = rows.Select(e => $"{e.Metric}: {F(e.Reported)} → {Ours(e)}");
            var verdicts = rows.Select(e => Joined(TargetVerdict(e), e.Position?.Brief ?? ""));
            text.AppendLine($"| {experiment.Notebook} | {string.Join("<br>", numbers)} | {string.Join("<br>", verdicts)} |");
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
            return Pending(0) + "\n";
        var text = new StringBuilder();
        var foldRuns = documents.Where(d => d.Notebook != notebook).ToList();
        if (foldRuns.Count > 0)
        {
            var folds = foldRuns.SelectMany(d => d.Results).Select(e => e.Fold).OfType<int>().Distinct().Order().ToList();
            var merged = OverFolds(notebook);
            text.AppendLine($"Runs of single folds: {string.Join(", ", folds.Select(f => $"fold {f}"))} of {FoldCount(notebook)}" +
                (merged.Count == 0 ? "; the means over folds follow when every fold has run." : ", combined over folds:"));
            text.AppendLine();
            if (merged.Count > 0)
            {
                text.AppendLine("| number | reported | ours | verdict |");
                text.AppendLine("|---|---|---|---|");
                foreach (var entry in merged)
                    text.AppendLine($"| {entry.Metric} | {F(entry.Reported)} | {Ours(entry)} | {Verdict(entry)} |");
                text.AppendLine();
                foreach (var figure in SpreadFigures($"{notebook}-over-folds", notebook, merged))
                    text.AppendLine($"![{figure.Title}]({FigureFolder}/{figure.File})\n");
            }
        }
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

    /// <summary>
    /// The per-fold numbers of an experiment's single-fold runs (<c>NAME-fold-N.json</c>) combined: for each number that
    /// every fold has, the mean over folds with its interval and, where the original published per-fold values, Welch's
    /// test against them. Empty until every fold has run.
    /// </summary>
    public IReadOnlyList<ResultEntry> OverFolds(string notebook)
    {
        var count = FoldCount(notebook);
        var entries = For(notebook).Where(d => d.Notebook != notebook).SelectMany(d => d.Results).Where(e => e.Fold is not null);
        var merged = new List<ResultEntry>();
        foreach (var group in entries.GroupBy(e => e.Metric[(e.Metric.IndexOf(' ', "fold ".Length) + 1)..]))
        {
            var byFold = group.GroupBy(e => e.Fold!.Value).ToDictionary(g => g.Key, g => g.Last());
            if (count < 2 || !Enumerable.Range(0, count).All(byFold.ContainsKey)) continue;
            var aggregate = Aggregate.Of(Enumerable.Range(0, count).Select(f => byFold[f].Value));
            var id = group.First().ReportedId;
            var reported = id is null ? null : ExperimentOf(notebook)?.Numbers.FirstOrDefault(n => n.Id == id);
            var position = ReportedPosition.Of(aggregate, reported);
            var first = byFold[0];
            merged.Add(new ResultEntry(notebook, $"{group.Key}, mean over folds", aggregate.Mean, reported?.Value, null, null,
                first.Profile, first.Seed, 0, first.Comparable, null, aggregate, position, id));
        }
        return merged;
    }

    private int FoldCount(string notebook) =>
        ExperimentOf(notebook)?.Numbers.Select(n => n.Folds?.Length ?? 0).DefaultIfEmpty(0).Max() ?? 0;

    private IReadOnlyList<ResultsDocument> For(string notebook) =>
        [.. Results.Where(d => d.Notebook == notebook || d.Notebook.StartsWith(notebook + "-fold-", StringComparison.Ordinal))];

    private static string Pending(int files) => files == 0
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

    private static string Verdict(ResultEntry entry) => Joined(TargetVerdict(entry),
        entry.Position?.Text ?? (entry.Reported is not null && entry.Aggregate is null ? "one run of ours" : ""));

    private static string TargetVerdict(ResultEntry entry) =>
        entry.Pass switch { true => "pass", false => "**miss**", null => "" };

    private static string Joined(params string[] parts) => string.Join("; ", parts.Where(p => p.Length > 0));

    private static string F(double? x) => x is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "";
}
