using System.Text.Json;
using DeepClustering.Reproductions;
using DeepClustering.Tests.Golden;

namespace DeepClustering.Tests.Reproductions;

/// <summary>Intervals and Welch's test against SciPy (tests/golden/make_stats_golden.py).</summary>
public sealed class AggregateTests
{
    private static JsonElement Golden()
    {
        using var doc = JsonDocument.Parse(
            File.ReadAllBytes(Path.Combine(GoldenCase.RepositoryRoot(), "tests", "golden", "stats.json")));
        return doc.RootElement.Clone();
    }

    [Fact]
    public void Intervals_match_scipy()
    {
        foreach (var golden in Golden().GetProperty("aggregates").EnumerateArray())
        {
            var aggregate = Aggregate.Of(GoldenCase.Doubles(golden.GetProperty("values")));
            Assert.Equal(golden.GetProperty("mean").GetDouble(), aggregate.Mean, 12);
            Assert.Equal(golden.GetProperty("std").GetDouble(), aggregate.Std, 12);
            Assert.Equal(golden.GetProperty("population_std").GetDouble(), aggregate.PopulationStd, 12);
            Assert.Equal(GoldenCase.Doubles(golden.GetProperty("ci95")), aggregate.Ci95!, new Close(1e-9));
            Assert.Equal(GoldenCase.Doubles(golden.GetProperty("pi95")), aggregate.Pi95!, new Close(1e-9));
        }
    }

    [Fact]
    public void Welch_p_values_match_scipy()
    {
        foreach (var golden in Golden().GetProperty("welch").EnumerateArray())
        {
            var ours = Aggregate.Of(GoldenCase.Doubles(golden.GetProperty("ours")));
            var position = ReportedPosition.MeanOverFolds(ours, GoldenCase.Doubles(golden.GetProperty("theirs")));
            Assert.Equal(golden.GetProperty("p").GetDouble(), position.PValue!.Value, 9);
            Assert.Contains($"t = {golden.GetProperty("t").GetDouble():0.00}", position.Text);
        }
    }

    [Fact]
    public void A_single_reported_run_is_placed_in_our_prediction_interval_with_its_percentile()
    {
        var ours = Aggregate.Of([0.41, 0.47, 0.39, 0.45, 0.43]);
        var inside = ReportedPosition.SingleRun(ours, 0.46);
        Assert.True(inside.Inside);
        Assert.Equal(0.8, inside.Percentile);
        Assert.Contains("inside our 95 % prediction interval", inside.Text);
        var outside = ReportedPosition.SingleRun(ours, 0.60);
        Assert.False(outside.Inside);
        Assert.Equal(1.0, outside.Percentile);
    }

    [Fact]
    public void One_value_has_no_interval_and_bad_values_are_refused()
    {
        var one = Aggregate.Of([0.5]);
        Assert.Null(one.Ci95);
        Assert.Null(one.Pi95);
        Assert.Throws<ArgumentException>(() => ReportedPosition.SingleRun(one, 0.5));
        Assert.Contains("no interval from one run", ReportedPosition.OneRun(0.5, 0.6).Text);
        Assert.Throws<ArgumentException>(() => Aggregate.Of([]));
        Assert.Throws<ArgumentException>(() => Aggregate.Of([0.5, double.NaN]));
    }

    [Fact]
    public void The_log_stores_the_aggregate_and_the_position_of_the_reported_number()
    {
        var log = new ExperimentLog("02-mnist-neural-kmeans", "full", 1);
        var reported = ReportedNumbers.For("02-mnist-neural-kmeans")["neural_test_purity"];
        var entry = log.RecordAggregate("purity over seeds", [0.41, 0.47, 0.39, 0.45, 0.43], reported);
        Assert.Equal(0.43, entry.Value, 12);
        Assert.Equal(5, entry.Aggregate!.N);
        Assert.Equal("prediction interval", entry.Position!.Yardstick);
        var folds = ReportedNumbers.For("05-mnist-autoencoder-dec-folds")["dec_majority"];
        Assert.Equal("welch",
            log.RecordAggregate("DEC over folds", [0.96, 0.90, 0.87, 0.97, 0.87], folds).Position!.Yardstick);
    }

    private sealed class Close(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
