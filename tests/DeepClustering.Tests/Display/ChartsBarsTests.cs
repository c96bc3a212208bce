using DeepClustering.Display.Charts;
using DeepClustering.Display.Plotly;
using Xunit;

namespace DeepClustering.Tests.Display;

public sealed class ChartsBarsTests
{
    [Fact]
    public void One_bar_per_name_with_the_title()
    {
        var json = Charts.Bars(["01", "02"], [1.5, 20], "Wall time", yTitle: "seconds").Json;
        Assert.Contains("\"01\"", json);
        Assert.Contains("Wall time", json);
    }

    [Fact]
    public void Mismatched_counts_are_rejected() =>
        Assert.Throws<ArgumentException>(() => Charts.Bars(["a"], [1, 2], "t"));

    [Fact]
    public void Grouped_bars_have_one_trace_per_series_and_name_the_series_that_does_not_fit()
    {
        var json = Charts.Bars(["05", "06"], new Dictionary<string, IReadOnlyList<double>>
        {
            ["this run"] = [120, 30],
            ["timed steps"] = [20000, 2600],
        }, "Time per notebook", yTitle: "seconds").Json;
        var traces = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(["bar", "bar"], traces.Select(t => t.GetProperty("type").GetString()));
        Assert.Contains("\"name\":\"timed steps\"", json);
        var error = Assert.Throws<ArgumentException>(() => Charts.Bars(["05"], new Dictionary<string, IReadOnlyList<double>> { ["late"] = [1, 2] }, "t"));
        Assert.Contains("late", error.ParamName);
        Assert.Throws<ArgumentException>(() => Charts.Bars(["05"], new Dictionary<string, IReadOnlyList<double>>(), "t"));
    }
}
