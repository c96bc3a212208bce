using System.Text.Json;
using DeepClustering.Reproductions;
using DeepClustering.Tests.Golden;

namespace DeepClustering.Tests.Reproductions;

public sealed class ExperimentLogTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dc-results-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(0.97, true)]
    [InlineData(0.964, true)]
    [InlineData(0.95, false)]
    [InlineData(double.NaN, false)]
    public void A_full_run_is_judged_by_the_reproduction_target(double value, bool pass)
    {
        var log = new ExperimentLog("01-breast-cancer", ExperimentLog.Full, seed: 1);
        var entry = log.Record("majority accuracy", value, reported: 0.9642, quick: Target.Between(0.99, 1.0), full: Target.AtLeast(0.964));
        Assert.Equal(pass, entry.Pass);
        Assert.Equal(TargetKind.AtLeast, entry.Target!.Kind);
    }

    [Fact]
    public void A_quick_run_is_judged_by_the_sanity_range()
    {
        var log = new ExperimentLog("02", ExperimentLog.Quick, seed: 3);
        Assert.True(log.Record("purity", 0.5, reported: 0.4923, quick: Target.Between(0.3, 0.8), full: Target.Within(0.4923, 0.02)).Pass);
        Assert.False(log.Record("rand", 0.2, quick: Target.Between(0.5, 1)).Pass);
        Assert.Null(log.Record("informative", 1.0).Pass);
        var error = Assert.Throws<ExperimentTargetException>(log.AssertTargets);
        Assert.Contains("rand = 0.2", error.Message);
        Assert.Contains("[0.5, 1]", error.Message);
        Assert.DoesNotContain("purity", error.Message);
    }

    [Fact]
    public void Within_uses_the_tolerance_on_both_sides()
    {
        var t = Target.Within(0.8802, 0.02);
        Assert.True(t.IsMetBy(0.8602));
        Assert.True(t.IsMetBy(0.9002));
        Assert.False(t.IsMetBy(0.9003));
        Assert.Equal(0.02, t.Tolerance);
    }

    [Fact]
    public void Saves_and_loads_the_results_document()
    {
        var log = new ExperimentLog("05-mnist-dec", ExperimentLog.Quick, seed: 42, comparable: false);
        log.Record("dec accuracy mean", 0.91, reported: 0.9349, quick: Target.AtLeast(0.5), full: Target.AtLeast(0.935), stageSeconds: 12.5);
        log.Record("dec iterations", 4000);
        var path = log.Save(_dir);

        Assert.Equal(Path.Combine(_dir, "05-mnist-dec.json"), path);
        var text = File.ReadAllText(path);
        Assert.Contains("\"reported\": 0.9349", text);
        Assert.Contains("\"profile\": \"quick\"", text);
        var doc = ExperimentLog.Load(path);
        Assert.False(doc.Comparable);
        Assert.Equal(2, doc.Results.Count);
        var entry = doc.Results[0];
        Assert.Equal(0.91, entry.Value);
        Assert.Equal(12.5, entry.StageSeconds);
        Assert.Null(doc.Results[1].StageSeconds); // no stage time measured: left out of the JSON, read back as null
        Assert.DoesNotContain("\"stage_seconds\": null", text);
        Assert.InRange(entry.Seconds, 0, doc.Results[1].Seconds); // time since the log started, never decreasing
        Assert.InRange(doc.Results[1].Seconds, 0, doc.Seconds);
        Assert.Equal(Target.AtLeast(0.5), entry.Target);
        Assert.Equal(42, entry.Seed);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void A_bad_profile_and_a_bad_results_file_are_clear_errors()
    {
        Assert.Contains("\"fast\"", Assert.Throws<ArgumentException>(() => new ExperimentLog("x", "fast", 1)).Message);
        var path = Path.Combine(_dir, "broken.json");
        File.WriteAllText(path, "{\n  \"notebook\": \"x\",\n  \"seed\": \"not a number\"\n}");
        var error = Assert.Throws<InvalidDataException>(() => ExperimentLog.Load(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void Committed_results_files_read_and_write_back_byte_for_byte_with_the_generated_serializer()
    {
        var folder = Path.Combine(GoldenCase.RepositoryRoot(), "notebooks", "results");
        var files = Directory.GetFiles(folder, "*.json");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var document = ExperimentLog.Load(file);
            Assert.Equal(File.ReadAllText(file), JsonSerializer.Serialize(document, ResultsJson.Default.ResultsDocument));
        }
    }
}

