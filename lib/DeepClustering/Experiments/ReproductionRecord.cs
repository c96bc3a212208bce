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
        var position = entry.Position?.Text ?? "";
        return string.Join("; ", new[] { target, position }.Where(s => s.Length > 0));
    }

    private static string F(double? x) => x is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "";
}
