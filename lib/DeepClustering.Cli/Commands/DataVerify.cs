using DeepClustering.Data;
using Spectre.Console;

namespace DeepClustering.Cli.Commands;

/// <summary><c>data --verify</c>: checks every data file found in the searched folders against the manifest's checksums, names each mismatch, and fails when there is one.</summary>
internal static class DataVerify
{
    /// <summary>The checks of one folder; a folder or file that cannot be read is an error naming it, not a stack trace.</summary>
    private static IReadOnlyList<FileCheck> Checks(DataLocator locator, string name, DataLocation location)
    {
        try
        {
            return locator.Check(name, location).ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new InvalidDataException($"{location.Directory}: cannot be read ({e.Message}).", e);
        }
    }

    /// <summary>Prints one row per file found and returns 0 when no recorded checksum differs, 1 otherwise.</summary>
    public static int Run(string? dataDir, DataLocator locator)
    {
        var table = new Table().Title("Checksums").AddColumns("Data set", "File", "Checksum", "Result");
        var mismatches = new List<FileCheck>();
        foreach (var entry in locator.Manifest.Datasets)
            foreach (var location in locator.SearchDirectories(entry.Folder, dataDir).DistinctBy(l => l.Directory).Where(l => Directory.Exists(l.Directory)))
                foreach (var check in Checks(locator, entry.Name, location))
                {
                    if (!check.Matches)
                        mismatches.Add(check);
                    var result = !check.Checked ? "[grey]no checksum recorded[/]"
                        : check.Matches ? "[green]ok[/]"
                        : $"[red]MISMATCH[/]: expected {Markup.Escape(string.Join(" or ", check.Expected))}, got {Markup.Escape(check.Actual!)}";
                    table.AddRow(Markup.Escape(entry.Name), Markup.Escape(location.Describe(check.Path)), check.Algorithm ?? "", result);
                }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 200; // a log file gets the full paths
        console.Write(table);
        foreach (var bad in mismatches)
            Console.Error.WriteLine($"error: {bad.Path}: {bad.Algorithm} differs from data/manifest.json (expected {string.Join(" or ", bad.Expected)}, got {bad.Actual}); the file is damaged or not the official one.");
        if (table.Rows.Count == 0)
        {
            // verifying nothing is not a pass: a wrong --data-dir or an empty folder would otherwise look verified
            var searched = locator.Manifest.Datasets.SelectMany(e => locator.SearchDirectories(e.Folder, dataDir))
                .Select(l => l.Directory).Distinct().ToList();
            Console.Error.WriteLine($"error: no data files found, so nothing was verified; searched: {string.Join(", ", searched)}.");
            return 1;
        }
        return mismatches.Count == 0 ? 0 : 1;
    }
}
