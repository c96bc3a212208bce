using System.CommandLine;
using System.Globalization;
using DeepClustering.Cli.Output;
using DeepClustering.Data;
using DeepClustering.Display.Report;
using DeepClustering.Notebooks;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Metadata;
using DeepClustering.Notebooks.Reporting;
using DeepClustering.Reproductions;
using Spectre.Console;

namespace DeepClustering.Cli.Commands;

/// <summary>
/// The <c>suite</c> command, the project's main job: runs every experiment notebook headless, then the overview
/// notebook, writes the executed notebooks, the results JSON and one self-contained HTML report, and prints the overview.
/// </summary>
internal static class SuiteCommand
{
    /// <summary>The name prefix of the overview notebook, which runs last because it reads the others' results.</summary>
    private const string OverviewPrefix = "00";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var profile = new Option<string>("--profile")
        {
            Description = "quick: subsets and few epochs (CI); full: the original protocols.",
            DefaultValueFactory = _ => ExperimentLog.Quick,
        };
        profile.AcceptOnlyFromAmong(ExperimentLog.Quick, ExperimentLog.Full);
        var notebooks = new Option<string?>("--notebooks") { Description = "Folder of the notebooks (default: notebooks/ of the repository).", HelpName = "dir" };
        var outputDir = new Option<string>("--output-dir")
        {
            Description = "Folder for notebooks/, results/, report.html and notebooks.trx.",
            HelpName = "dir",
            DefaultValueFactory = _ => "artifacts",
        };
        var parameters = new Option<string[]>("--param")
        {
            Description = "Overrides a parameter every notebook declares (profile, seed, dataDir); repeatable. Use 'run' for one notebook's own parameters.",
            HelpName = "name=value",
        };
        var timeout = new Option<double?>("--timeout") { Description = "Seconds each cell may run.", HelpName = "seconds" };
        var command = new Command("suite",
            "Run every notebook headless (experiments first, then the 00 overview), write the executed notebooks, results JSON " +
            "and one HTML report, and print the overview table. " + RunExitCode.Description)
        {
            profile, notebooks, outputDir, parameters, timeout,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!RunCommand.TryParseParameters(parse.GetValue(parameters) ?? [], out var extra, out var error))
                return RunCommand.Fail(error);
            if (extra.FirstOrDefault(p => p.Key is "profile" or "resultsDir") is { Key: { } reserved } set)
                return RunCommand.Fail($"--param {reserved}={set.Value}: the suite sets {reserved} itself " +
                    (reserved == "profile" ? "(use --profile full)" : "(results go to --output-dir/results)"));
            if (RunCommand.TimeoutProblem(parse.GetValue(timeout)) is { } timeoutProblem)
                return RunCommand.Fail(timeoutProblem);
            if (parse.GetValue(outputDir) is "")
                return RunCommand.Fail("--output-dir is empty; give a folder");
            var root = DataLocator.FindRepositoryRoot(Environment.CurrentDirectory) ?? Environment.CurrentDirectory;
            var folder = Path.GetFullPath(parse.GetValue(notebooks) ?? Path.Combine(root, "notebooks"));
            var output = Path.GetFullPath(parse.GetValue(outputDir)!);
            var resultsDir = Path.Combine(output, "results");
            var report = Path.Combine(output, "report.html");
            var trx = Path.Combine(output, "notebooks.trx");
            if (!Directory.Exists(folder))
                return RunCommand.Fail($"{folder}: no such notebook folder");
            if ((OutputLocation.CheckFolder(output, "--output-dir") ?? OutputLocation.CheckFolder(resultsDir, "results folder")
                    ?? OutputLocation.CheckFile(report, "report")) is { } outputProblem)
                return RunCommand.Fail(outputProblem);
            var options = new NotebookRunOptions
            {
                OutputDirectory = Path.Combine(output, "notebooks"),
                Parameters = [new("profile", parse.GetValue(profile)!), new("resultsDir", resultsDir), .. extra],
                CellTimeout = parse.GetValue(timeout) is { } s ? TimeSpan.FromSeconds(s) : null,
                Echo = true,
            };
            var files = RunOrder(NotebookFiles.Expand([folder])).ToList();
            if (RunPreflight.Check([folder], files, options, trx) is { } problem)
                return RunCommand.Fail(problem); // before any output is touched: the previous run's results, report and TRX stay
            using var outputLock = OutputLock.TryAcquire(output, out var busy);
            if (outputLock is null)
                return RunCommand.Fail(busy!);
            LastCompleteRun.Preserve(output);
            var previous = PreviousResults.Snapshot(resultsDir);
            var results = new List<NotebookRunResult>();
            var exitCode = RunExitCode.Success;
            var experiments = files.Where(f => !IsOverview(f)).ToList();
            if (experiments.Count > 0)
                exitCode = await RunCommand.RunAllAsync(experiments, options, null, results, cancellationToken);
            foreach (var kept in previous.SetAsideUnreplaced())
                Console.Error.WriteLine($"== {Path.GetFileName(kept)}: no notebook of this run replaced it; the previous results are kept in {kept}");
            var overview = files.Where(IsOverview).ToList();
            if (overview.Count > 0)
                exitCode = Math.Max(exitCode, await RunCommand.RunAllAsync(overview, options, null, results, cancellationToken));
            UnsavedOutput.Write(trx, path => TrxWriter.Write(path, results), "the TRX file");
            report = UnsavedOutput.Write(report, path => HtmlReport.Write(path, results.Select(r => r.OutputPath).OfType<string>(),
                "Deep Clustering Notebooks: " + parse.GetValue(profile)), "the report");
            PrintOverview(results, resultsDir, report);
            if (!cancellationToken.IsCancellationRequested && results.Count == files.Count)
                LastCompleteRun.MarkComplete(output);
            else if (Directory.Exists(Path.Combine(output, LastCompleteRun.Folder)))
                Console.Error.WriteLine($"this run did not complete; the last complete run's notebooks, report and TRX are kept in " +
                    Path.Combine(output, LastCompleteRun.Folder));
            return exitCode;
        });
        return command;
    }

    /// <summary>The experiments in name order, then the overview.</summary>
    private static IEnumerable<string> RunOrder(IReadOnlyList<string> files) =>
        files.OrderBy(f => IsOverview(f) ? 1 : 0).ThenBy(f => f, StringComparer.Ordinal);

    private static bool IsOverview(string file) => Path.GetFileName(file).StartsWith(OverviewPrefix, StringComparison.Ordinal);

    private static void PrintOverview(IReadOnlyList<NotebookRunResult> runs, string resultsDir, string report)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 200; // CI logs: no terminal width, keep rows on one line
        var table = new Table().Title("Overview: reported vs ours");
        foreach (var column in new[] { "notebook", "metric", "reported", "ours", "difference", "target", "verdict" })
            table.AddColumn(column);
        foreach (var entry in ResultsOverview.Entries(ResultsOverview.Load(resultsDir)))
            table.AddRow(Markup.Escape(entry.Notebook), Markup.Escape(entry.Metric), Number(entry.Reported), Number(entry.Value),
                Number(entry.Difference), Markup.Escape(entry.Target?.ToString() ?? ""), Markup.Escape(ResultsOverview.Verdict(entry)));
        console.Write(table);
        var runTable = new Table().Title("Notebooks");
        foreach (var column in new[] { "notebook", "status", "seconds" })
            runTable.AddColumn(column);
        foreach (var run in runs)
            runTable.AddRow(Markup.Escape(Path.GetFileName(run.SourcePath)), run.Succeeded ? "ok" : Markup.Escape(RunVerdict.Describe(run)),
                run.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        console.Write(runTable);
        console.WriteLine($"report: {report}");
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "";
}
