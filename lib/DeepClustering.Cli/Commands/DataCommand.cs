using System.CommandLine;
using DeepClustering.Data;
using DeepClustering.Platform;
using Spectre.Console;

namespace DeepClustering.Cli.Commands;

/// <summary>The <c>data</c> command: loads every available data set and prints a summary table (name, split, shape, classes, source, seconds).</summary>
internal static class DataCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dir = new Option<DirectoryInfo?>("--data-dir") { Description = $"Directory searched first for the data sets (a root with mnist/, fashion-mnist/, ... or one data set's folder); then {DataLocator.EnvironmentVariable}, then data/<name>/ in the repository." };
        var download = new Option<bool>("--download") { Description = "Download missing data sets from their official sources into data/<name>/ (checksum-verified). Off by default: missing data sets are listed as missing." };
        var verify = new Option<bool>("--verify") { Description = "Check every data file found against the SHA-256 (else MD5) in data/manifest.json instead of loading; exit 1 on a mismatch. Loads do not re-check local copies." };
        var command = new Command("data", "Load every available data set and print a summary table with load times.") { dir, download, verify };
        command.SetAction(parse => Run(parse.GetValue(dir)?.FullName, parse.GetValue(download), parse.GetValue(verify)));
        return command;
    }

    private static int Run(string? dataDir, bool download, bool verify)
    {
        if (dataDir is not null && !Directory.Exists(dataDir))
        {
            Console.Error.WriteLine($"error: --data-dir {dataDir} {(File.Exists(dataDir) ? "is a file, not a folder" : "does not exist")}.");
            return 2;
        }
        if (Console.IsOutputRedirected)
            AnsiConsole.Profile.Width = 200; // a log file gets the full paths rather than 80-column wrapping
        var locator = new DataLocator { AllowDownload = download, Downloader = new DataDownloader { Log = m => AnsiConsole.MarkupLineInterpolated($"[grey]{m}[/]") } };
        if (verify)
        {
            try
            {
                return DataVerify.Run(dataDir, locator);
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
        }
        TorchRuntime.EnsureInitialized(); // native start-up is not part of any load time

        var table = new Table().Title("Data sets").AddColumns("Name", "Split", "Shape", "Classes", "Source", "Seconds");
        table.Columns[5].RightAligned();
        var rows = new List<DataSummaryRow>();
        foreach (var (name, split, load) in DataSummary.Loads())
        {
            var row = DataSummary.Run(name, split, load, dataDir, locator);
            rows.Add(row);
            var shape = row.Status switch
            {
                DataSummaryStatus.Loaded => Markup.Escape(row.Shape),
                DataSummaryStatus.Missing => "[yellow]missing[/]",
                _ => "[red]error[/]",
            };
            table.AddRow(Markup.Escape(row.Name), Markup.Escape(row.Split), shape, row.Classes, Markup.Escape(row.Source),
                row.Seconds is { } s ? s.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "");
        }
        var mnist = rows[0];
        table.Caption(mnist.Seconds is { } m
            ? $"MNIST 70k images into one float tensor: {m:0.000} s (target <= 1.5 s, process start-up excluded)"
            : "MNIST not available: no load time");
        AnsiConsole.Write(table);
        return rows.Any(r => r.Status == DataSummaryStatus.Failed) ? 1 : 0;
    }
}
