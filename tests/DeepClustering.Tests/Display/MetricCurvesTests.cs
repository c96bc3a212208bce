using System.Text.Json;
using DeepClustering.Display.Charts;

namespace DeepClustering.Tests.Display;

public sealed class MetricCurvesTests
{
    [Fact]
    public void Metric_curves_draw_each_series_over_the_given_x_and_skip_missing_values()
    {
        var chart = Charts.MetricCurves([2, 3, 4], new Dictionary<string, IReadOnlyList<double>>
        {
            ["ours"] = [0.3, 0.2, 0.1],
            ["reported"] = [0.31, double.NaN, 0.12],
        }, title: "Silhouette by k");
        var figure = JsonDocument.Parse(chart.Json).RootElement;
        var data = figure.GetProperty("data");
        Assert.Equal(2, data.GetArrayLength());
        Assert.Equal([2.0, 3.0, 4.0], data[0].GetProperty("x").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal([2.0, 4.0], data[1].GetProperty("x").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal("lines+markers", data[0].GetProperty("mode").GetString());
        Assert.Equal("Silhouette by k", figure.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(1, figure.GetProperty("layout").GetProperty("xaxis").GetProperty("dtick").GetInt32());
        Assert.Throws<ArgumentException>(() => Charts.MetricCurves([1, 2], new Dictionary<string, IReadOnlyList<double>> { ["short"] = [1.0] }));
    }
}
