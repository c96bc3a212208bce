using DeepClustering.Data;
using Spectre.Console;

namespace DeepClustering.Cli.Commands;

/// <summary><c>data --verify</c>: checks every data file found in the searched folders against the manifest's checksums, names each mismatch, and fails when there is one.</summary>
internal static class DataVerify
{
    /// <summary>Prints one row per file found and returns 0 when no recorded checksum differs, 1 otherwise.</summary>
    public static int Run(string? dataDir, DataLocator locator)
    {
        var table = new Table().Title("Checksums").AddColumns("Data set", "File", "Checksum", "Result");
        var mismatches = new List<FileCheck>();
        foreach (var entry in locator.Manifest.Datasets)
            foreach (var location in locator.SearchDirectories(entry.Folder, dataDir).DistinctBy(l => l.Directory).Where(l => Directory.Exists(l.Directory)))
                foreach (var check in locator.Check(entry.Name, location))
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
            Console.Error.WriteLine("no data files found in the searched folders; nothing to verify.");
        return mismatches.Count == 0 ? 0 : 1;
    }
}
