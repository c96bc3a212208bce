using System.CommandLine;
using DeepClustering.Data;
using DeepClustering.Reproductions;
using DeepClustering.IO;

namespace DeepClustering.Cli.Commands;

/// <summary>
/// The <c>results</c> command: the reproduction record's tables, generated from the committed full-profile results
/// (<c>notebooks/results/</c>) and the reported numbers (<c>data/reported.json</c>) into the marked blocks of
/// README.md and notebooks/RESULTS.md; <c>--check</c> says which block differs, <c>--add</c> commits a run's results.
/// </summary>
internal static class ResultsCommand
{
    /// <summary>The Markdown files that hold generated blocks, relative to the repository root.</summary>
    public static readonly string[] Documents = ["README.md", Path.Combine("notebooks", "RESULTS.md")];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var check = new Option<bool>("--check")
        {
            Description = "Exit 1, naming each block, when a generated block differs from what the committed " +
                "results give.",
        };
        var update = new Option<bool>("--update")
        {
            Description = "Rewrite the generated blocks of README.md and notebooks/RESULTS.md " +
                "(nothing else in them changes).",
        };
        var add = new Option<string[]>("--add")
        {
            Description = "Copy full-profile results files (from a clean checkout's run) into notebooks/results/, " +
                "then update.",
            HelpName = "file",
        };
        var repo = new Option<DirectoryInfo?>("--repo")
        {
            Description = "The repository (default: the one around the working directory).",
        };
        var command = new Command("results",
            "Generate the reproduction record's tables from notebooks/results/ and data/reported.json " +
            "(exit 0 up to date, 1 a block differs, 2 bad input).")
        {
            check, update, add, repo,
        };
        command.SetAction(parse => Run(
            parse.GetValue(check), parse.GetValue(update), parse.GetValue(add) ?? [], parse.GetValue(repo)?.FullName));
        return command;
    }

    private static int Run(bool check, bool update, string[] add, string? repo)
    {
        var root = repo ?? DataLocator.FindRepositoryRoot(Directory.GetCurrentDirectory());
        if (root is null || !File.Exists(Path.Combine(root, DataLocator.RepositoryMarker)))
        {
            Console.Error.WriteLine($"error: {repo ?? Directory.GetCurrentDirectory()} is not in the repository " +
                $"({DataLocator.RepositoryMarker} not found); give --repo.");
            return 2;
        }
        if (check && (update || add.Length > 0))
        {
            Console.Error.WriteLine("error: --check only reads; give it alone, or --update / --add alone.");
            return 1;
        }
        try
        {
            foreach (var file in add)
                Add(root, file);
            var record = Load(root);
            var blocks = record.Blocks();  // generated once, compared against every document
            var differing = 0;
            foreach (var relative in Documents)
            {
                var path = Path.Combine(root, relative);
                var text = File.ReadAllText(path).ReplaceLineEndings("\n");
                var updated = text;
                foreach (var name in MarkedBlocks.Names(text))
                {
                    if (!blocks.TryGetValue(name, out var generated))
                        throw new InvalidDataException($"{relative}: block '{name}' is not one this command writes " +
                            $"({string.Join(", ", blocks.Keys)}).");
                    if (MarkedBlocks.Read(text, name, relative) == generated) continue;
                    differing++;
                    if (check)
                        Console.Error.WriteLine($"{relative}: block '{name}' differs from what notebooks/results/ " +
                            $"and data/reported.json give; run `results --update`.");
                    updated = MarkedBlocks.Replace(updated, name, generated, relative);
                }
                if ((update || add.Length > 0) && updated != text)
                {
                    AtomicFile.WriteAllText(path, updated);
                    Console.WriteLine($"updated {relative}");
                }
            }
            differing += Figures(root, record, write: update || add.Length > 0, report: check);
            if (!check && !update && add.Length == 0)
                foreach (var (name, block) in blocks)
                    Console.WriteLine($"{MarkedBlocks.Open(name)}\n{block}{MarkedBlocks.Close(name)}\n");
            return check && differing > 0 ? 1 : 0;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    /// <summary>
    /// Writes the record's SVG figures (when <paramref name="write"/>); with <paramref name="report"/>, names each one
    /// missing. Returns how many were missing. Their content is not compared: it follows from the tables, which are.
    /// </summary>
    private static int Figures(string root, ReproductionRecord record, bool write, bool report)
    {
        var folder = Path.Combine(root, "notebooks", ReproductionRecord.FigureFolder);
        var missing = 0;
        foreach (var figure in record.Figures())
        {
            var path = Path.Combine(folder, figure.File);
            if (write)
            {
                Directory.CreateDirectory(folder);
                AtomicFile.WriteAllText(path, RecordFigureSvg.Render(figure));
            }
            else if (!File.Exists(path))
            {
                missing++;
                if (report)
                    Console.Error.WriteLine(
                        $"notebooks/{ReproductionRecord.FigureFolder}/{figure.File}: missing; run `results --update`.");
            }
        }
        return missing;
    }

    /// <summary>The committed results and the reported numbers of the repository at <paramref name="root"/>.</summary>
    public static ReproductionRecord Load(string root)
    {
        var reported = ReportedNumbers.Load(Path.Combine(root, "data", "reported.json"));
        var folder = Path.Combine(root, "notebooks", "results");
        return new ReproductionRecord(reported, ResultsOverview.Load(folder));
    }

    private static void Add(string root, string file)
    {
        var document = ExperimentLog.Load(file);
        if (document.Profile != ExperimentLog.Full)
            throw new InvalidDataException(
                $"{file}: a {document.Profile}-profile result; only full-profile results are committed.");
        if (document.Provenance is not { Dirty: false, Commit.Length: 40 })
            throw new InvalidDataException($"{file}: it does not name the clean commit it ran on " +
                $"(provenance: {document.Provenance?.Commit ?? "none"}" +
                $"{(document.Provenance?.Dirty == true ? ", with local changes" : "")}); " +
                "run it from a clean checkout.");
        var target = Path.Combine(root, "notebooks", "results", Path.GetFileName(file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        AtomicFile.WriteAllText(target, File.ReadAllText(file));
        Console.WriteLine($"added {Path.GetRelativePath(root, target)} " +
            $"(commit {document.Provenance.Commit[..7]}, {document.Provenance.Processor})");
    }
}
