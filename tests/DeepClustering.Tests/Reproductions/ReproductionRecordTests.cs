using DeepClustering.Reproductions;

namespace DeepClustering.Tests.Reproductions;

public sealed class ReproductionRecordTests
{
    private const string Folds = "05-mnist-autoencoder-dec-folds";

    private static ResultsDocument FoldRun(int fold, double value)
    {
        var log = new ExperimentLog($"{Folds}-fold-{fold}", "full", 4);
        log.RecordFold(fold, "majority accuracy (DEC)", value, ReportedNumbers.For(Folds)["dec_majority"]);
        return new ResultsDocument(log.Notebook, log.Profile, log.Seed, true, 1, log.Entries);
    }

    [Fact]
    public void Single_fold_runs_are_combined_over_folds_once_every_fold_has_run()
    {
        var runs = Enumerable.Range(0, 5).Select(f => FoldRun(f, 0.90 + 0.01 * f)).ToList();
        var partial = new ReproductionRecord(ReportedNumbers.Default, runs.Take(3).ToList());
        Assert.Empty(partial.OverFolds(Folds));
        Assert.Contains("fold 0, fold 1, fold 2 of 5; the means over folds follow", partial.Experiment(Folds));

        var record = new ReproductionRecord(ReportedNumbers.Default, runs);
        var merged = Assert.Single(record.OverFolds(Folds));
        Assert.Equal("majority accuracy (DEC), mean over folds", merged.Metric);
        Assert.Equal(0.92, merged.Value, 12);
        Assert.Equal(ReportedNumbers.For(Folds).Value("dec_majority"), merged.Reported);
        Assert.Equal("welch", merged.Position!.Yardstick);
        Assert.Contains("majority accuracy (DEC), mean over folds", record.Summary());
        Assert.Contains(record.Figures(), f => f.Series.Any(s => s.Name == "reported"));
    }

    [Fact]
    public void A_fold_entry_carries_the_originals_value_of_that_fold()
    {
        var entry = FoldRun(3, 0.95).Results[0];
        Assert.Equal("fold 3 majority accuracy (DEC)", entry.Metric);
        Assert.Equal(ReportedNumbers.For(Folds)["dec_majority"].Fold(3), entry.Reported);
        Assert.Equal(3, entry.Fold);
    }

    [Fact]
    public void An_experiment_without_committed_results_says_so()
    {
        var record = new ReproductionRecord(ReportedNumbers.Default, []);
        Assert.Contains("no committed full-profile result yet", record.Experiment("06-mnist-dec-standard"));
        Assert.Empty(record.Figures());
    }
}
