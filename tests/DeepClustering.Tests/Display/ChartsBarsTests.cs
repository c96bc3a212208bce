using DeepClustering.Display.Charts;
using DeepClustering.Display.Plotly;
using Xunit;

namespace DeepClustering.Tests.Display;

public sealed class ChartsBarsTests
{
    [Fact]
    public void OneBarPerNameWithTheTitle()
    {
        var json = Charts.Bars(["01", "02"], [1.5, 20], "Wall time", yTitle: "seconds").Json;
        Assert.Contains("\"01\"", json);
        Assert.Contains("Wall time", json);
    }

    [Fact]
    public void MismatchedCountsAreRejected() =>
        Assert.Throws<ArgumentException>(() => Charts.Bars(["a"], [1, 2], "t"));

    [Fact]
    public void GroupedBarsHaveOneTracePerSeriesAndNameTheSeriesThatDoesNotFit()
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
