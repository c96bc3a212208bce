using System.Diagnostics;
using DeepClustering.Data;

namespace DeepClustering.Cli.Commands;

/// <summary>One line of the data summary: what was loaded, from where, and how long it took; <see cref="Status"/> says whether it loaded.</summary>
internal sealed record DataSummaryRow(string Name, string Split, string Shape, string Classes, string Source, double? Seconds, DataSummaryStatus Status);

/// <summary>Whether a data set loaded, was missing, or was malformed.</summary>
internal enum DataSummaryStatus { Loaded, Missing, Failed }

/// <summary>Loads every data set the library knows, timing each load; a missing or malformed data set becomes a row, not a crash.</summary>
internal static class DataSummary
{
    /// <summary>The loads to run, in table order: name, split, and the load itself (returning shape, class count and source).</summary>
    public static IEnumerable<(string Name, string Split, Func<string?, DataLocator, (string Shape, int Classes, string Source)> Load)> Loads()
    {
        yield return (Mnist.Name, "train+test", (dir, loc) => Describe(Mnist.Load(DataSplit.All, dir, loc)));
        yield return (FashionMnist.Name, "train+test", (dir, loc) => Describe(FashionMnist.Load(DataSplit.All, dir, loc)));
        yield return (Cifar10.Name, "train+test", (dir, loc) => Describe(Cifar10.Load(DataSplit.All, dir, loc)));
        yield return (BreastCancerOriginal.Name, "class-sorted CSV", (dir, loc) => Describe(BreastCancerOriginal.LoadSortedCsv(dir, loc)));
        yield return (BreastCancerOriginal.Name, "UCI file, rows with ? dropped", (dir, loc) => Describe(BreastCancerOriginal.LoadUci(MissingValuePolicy.DropRows, 0, dir, loc)));
        yield return (BreastCancerDiagnostic.Name, "all", (dir, loc) => Describe(BreastCancerDiagnostic.Load(dir, loc)));
    }

    /// <summary>Runs one load and turns its outcome into a row.</summary>
    public static DataSummaryRow Run(string name, string split, Func<string?, DataLocator, (string Shape, int Classes, string Source)> load, string? dataDir, DataLocator locator)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var (shape, classes, source) = load(dataDir, locator);
            return new DataSummaryRow(name, split, shape, classes.ToString(), source, clock.Elapsed.TotalSeconds, DataSummaryStatus.Loaded);
        }
        catch (DataNotFoundException e)
        {
            return new DataSummaryRow(name, split, "missing", "", $"put {string.Join(", ", e.MissingFiles)} into {locator.DownloadDirectory(locator.Manifest.Get(e.Dataset).Folder)}", null, DataSummaryStatus.Missing);
        }
        catch (Exception e) when (e is DataFormatException or ChecksumMismatchException or IOException or UnauthorizedAccessException)
        {
            return new DataSummaryRow(name, split, "error", "", e.Message, null, DataSummaryStatus.Failed);
        }
    }

    private static (string, int, string) Describe(LabeledImages images)
    {
        using (images)
            return (images.ShapeText, images.ClassCount, images.Source);
    }

    private static (string, int, string) Describe(LabeledTable table)
    {
        using (table)
            return (table.ShapeText, table.ClassCount, table.Source);
    }
}
