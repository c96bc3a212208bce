using DeepClustering.Display.Tables;
using DeepClustering.Reproductions;

namespace DeepClustering.Tests.Display;

public sealed class ResultsWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dc-results-writer-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Writing_saves_the_results_says_where_and_returns_one_row_per_entry()
    {
        var log = new ExperimentLog("01-x", ExperimentLog.Quick, seed: 0);
        log.Record("accuracy", 0.9, reported: 0.96, quick: Target.AtLeast(0.5));
        log.Record("loss", 1.5);
        var output = new StringWriter();
        var table = ResultsWriter.Write(log, _dir, output);
        var path = Path.Combine(_dir, "01-x.json");
        Assert.True(File.Exists(path));
        Assert.Equal($"results: {path}{Environment.NewLine}", output.ToString());
        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void Stand_in_results_are_marked_not_comparable()
    {
        var log = new ExperimentLog("04-x", ExperimentLog.Quick, seed: 0, comparable: false);
        var output = new StringWriter();
        ResultsWriter.Write(log, _dir, output);
        Assert.Contains("(stand-in data: not comparable)", output.ToString());
    }
}
