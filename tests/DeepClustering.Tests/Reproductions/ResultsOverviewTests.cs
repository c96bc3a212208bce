using DeepClustering.Reproductions;
using Xunit;

namespace DeepClustering.Tests.Reproductions;

public sealed class ResultsOverviewTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("overview-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Loads_every_document_in_name_order_and_judges_each_number()
    {
        var second = new ExperimentLog("02-b", ExperimentLog.Quick, 1);
        second.Record("purity", 0.3, reported: 0.49, quick: Target.AtLeast(0.4));
        second.Save(_dir);
        var first = new ExperimentLog("01-a", ExperimentLog.Quick, 0, comparable: false);
        first.Record("accuracy", 0.97, reported: 0.9642, quick: Target.AtLeast(0.9));
        first.Save(_dir);

        var documents = ResultsOverview.Load(_dir);

        Assert.Equal(["01-a", "02-b"], documents.Select(d => d.Notebook));
        var entries = ResultsOverview.Entries(documents);
        Assert.Equal("pass (not comparable)", ResultsOverview.Verdict(entries[0]));
        Assert.Equal("FAIL", ResultsOverview.Verdict(entries[1]));
        Assert.Single(ResultsOverview.Failures(documents));
    }

    [Fact]
    public void Timed_steps_add_up_the_stage_seconds_the_notebook_recorded()
    {
        var log = new ExperimentLog("05-x", ExperimentLog.Full, 4);
        log.Record("k-means on pixels", 0.59);
        log.Record("autoencoder + k-means", 0.85, stageSeconds: 20_000); // five folds' training, from the model cache
        log.Record("DEC", 0.90, stageSeconds: 5_400.5);
        log.Save(_dir);

        var document = ResultsOverview.Load(_dir).Single();

        Assert.Equal(25_400.5, ResultsOverview.TimedStepSeconds(document));
    }

    [Theory]
    [InlineData("{\"notebook\": \"01\"}")]
    [InlineData("{\"results\": []}")]
    [InlineData("{\"notebook\": \"01\", \"results\": [{\"value\": 1}]}")]
    public void A_json_file_that_is_not_a_results_document_is_named_with_what_was_expected(string json)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dc-overview-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "other.json");
        File.WriteAllText(file, json);
        var error = Assert.Throws<InvalidDataException>(() => ResultsOverview.Load(folder));
        Assert.StartsWith(file, error.Message);
        Assert.Contains("expected an object with \"notebook\" and a \"results\" array", error.Message);
    }

    [Fact]
    public void Missing_directory_is_an_empty_overview() =>
        Assert.Empty(ResultsOverview.Load(Path.Combine(_dir, "absent")));

    [Fact]
    public void Fold_summary_uses_the_population_standard_deviation()
    {
        // Experiment 5's reported DEC folds: 93.49 +- 4.40.
        var folds = new FoldSummary([88.66, 95.98, 97.25, 97.88, 87.68]);
        Assert.Equal(93.49, folds.Mean, 2);
        Assert.Equal(4.40, folds.StandardDeviation, 2);
    }
}
