using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using DeepClustering.IO;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Execution;

namespace DeepClustering.Notebooks.Reporting;

/// <summary>Writes a Visual Studio TRX file with one test result per code cell, so CI test viewers list the cells.</summary>
/// <remarks>Same idea as dotnet-repl's TRX output; written with XDocument since no TRX-writing package is available here.
/// Test ids are derived from the notebook path and cell id, so they stay stable between runs.</remarks>
public static class TrxWriter
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    private const string UnitTestType = "13cdc9d9-ddb5-4fa4-a97d-d965ccfc6d4b";
    private const string ResultsNotInAListId = "8c84fa94-04c1-424b-9868-57a2d4851a1d";
    private const string AllLoadedResultsId = "19431567-8539-422a-85d7-44ee4e166bda";
    private const string AdapterType = "executor://deep-clustering-notebooks/run";

    /// <summary>Writes the TRX for <paramref name="runs"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, IReadOnlyList<NotebookRunResult> runs)
    {
        var document = Build(runs);
        AtomicFile.WriteAllText(path, document.Declaration + Environment.NewLine + document);
    }

    /// <summary>Builds the TRX document.</summary>
    public static XDocument Build(IReadOnlyList<NotebookRunResult> runs)
    {
        var start = runs.Count > 0 ? runs.Min(r => r.Started) : DateTimeOffset.UtcNow;
        var finish = runs.Count > 0 ? runs.Max(r => r.Ended) : start;
        var results = new XElement(Ns + "Results");
        var definitions = new XElement(Ns + "TestDefinitions");
        var entries = new XElement(Ns + "TestEntries");
        var counts = new Dictionary<string, int> { ["Passed"] = 0, ["Failed"] = 0, ["NotExecuted"] = 0, ["Timeout"] = 0 };
        foreach (var run in runs)
        {
            var notebookName = Path.GetFileName(run.SourcePath);
            foreach (var cell in run.Cells)
            {
                var testId = StableGuid(run.SourcePath + "#" + cell.Id);
                var executionId = Guid.NewGuid();
                var testName = $"{notebookName} cell {cell.Index + 1} ({cell.Id})";
                var outcome = cell.Status switch
                {
                    CellStatus.Succeeded => "Passed",
                    CellStatus.TimedOut => "Timeout",
                    CellStatus.NotRun => "NotExecuted",
                    _ => "Failed",
                };
                counts[outcome]++;
                results.Add(Result(cell, testId, executionId, testName, outcome));
                definitions.Add(new XElement(Ns + "UnitTest",
                    new XAttribute("name", testName), new XAttribute("storage", run.SourcePath), new XAttribute("id", testId),
                    new XElement(Ns + "Execution", new XAttribute("id", executionId)),
                    new XElement(Ns + "TestMethod", new XAttribute("codeBase", run.SourcePath), new XAttribute("adapterTypeName", AdapterType),
                        new XAttribute("className", notebookName), new XAttribute("name", testName))));
                entries.Add(new XElement(Ns + "TestEntry", new XAttribute("testId", testId), new XAttribute("executionId", executionId),
                    new XAttribute("testListId", ResultsNotInAListId)));
            }
        }
        var total = counts.Values.Sum();
        var failed = counts["Failed"] + counts["Timeout"];
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "TestRun",
                new XAttribute("id", Guid.NewGuid()), new XAttribute("name", $"deep-clustering run {Time(start)}"),
                new XElement(Ns + "Times", new XAttribute("creation", Time(start)), new XAttribute("queuing", Time(start)),
                    new XAttribute("start", Time(start)), new XAttribute("finish", Time(finish))),
                results, definitions, entries,
                new XElement(Ns + "TestLists",
                    new XElement(Ns + "TestList", new XAttribute("name", "Results Not in a List"), new XAttribute("id", ResultsNotInAListId)),
                    new XElement(Ns + "TestList", new XAttribute("name", "All Loaded Results"), new XAttribute("id", AllLoadedResultsId))),
                new XElement(Ns + "ResultSummary", new XAttribute("outcome", failed > 0 ? "Failed" : "Completed"),
                    new XElement(Ns + "Counters",
                        new XAttribute("total", total), new XAttribute("executed", total - counts["NotExecuted"]),
                        new XAttribute("passed", counts["Passed"]), new XAttribute("failed", failed),
                        new XAttribute("error", 0), new XAttribute("timeout", counts["Timeout"]), new XAttribute("aborted", 0),
                        new XAttribute("inconclusive", 0), new XAttribute("notExecuted", counts["NotExecuted"])))));
    }

    private static XElement Result(CellResult cell, Guid testId, Guid executionId, string testName, string outcome)
    {
        var started = cell.Started ?? DateTimeOffset.UtcNow;
        var output = new XElement(Ns + "Output");
        var stdout = cell.StreamText("stdout");
        if (stdout.Length > 0)
            output.Add(new XElement(Ns + "StdOut", stdout));
        var stderr = cell.StreamText("stderr");
        if (stderr.Length > 0)
            output.Add(new XElement(Ns + "StdErr", stderr));
        if (cell.Error is { } error)
            output.Add(new XElement(Ns + "ErrorInfo",
                new XElement(Ns + "Message", $"{error.Name}: {error.Value}"),
                new XElement(Ns + "StackTrace", string.Join(Environment.NewLine, error.Traceback))));
        return new XElement(Ns + "UnitTestResult",
            new XAttribute("executionId", executionId), new XAttribute("testId", testId), new XAttribute("testName", testName),
            new XAttribute("computerName", Environment.MachineName),
            new XAttribute("duration", cell.Duration.ToString("c", CultureInfo.InvariantCulture)),
            new XAttribute("startTime", Time(started)), new XAttribute("endTime", Time(started + cell.Duration)),
            new XAttribute("testType", UnitTestType), new XAttribute("outcome", outcome),
            new XAttribute("testListId", ResultsNotInAListId), new XAttribute("relativeResultsDirectory", executionId),
            output);
    }

    private static string Time(DateTimeOffset time) => time.ToString("o", CultureInfo.InvariantCulture);

    private static Guid StableGuid(string text) => new(MD5.HashData(Encoding.UTF8.GetBytes(text)));
}
