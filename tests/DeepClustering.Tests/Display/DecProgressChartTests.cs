using System.Text.Json;
using DeepClustering.Deep;
using DeepClustering.Display.Charts;
using DeepClustering.Display.Plotly;

namespace DeepClustering.Tests.Display;

public sealed class DecProgressChartTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<DecProgress>> Runs = new Dictionary<string, IReadOnlyList<DecProgress>>
    {
        ["fold 0"] = [new(0, double.NaN, 1.0, null, TimeSpan.Zero), new(140, 0.05, 0.02, null, TimeSpan.FromSeconds(1)), new(280, 0.04, 0.0005, null, TimeSpan.FromSeconds(2))],
        ["fold 1"] = [new(0, double.NaN, 1.0, null, TimeSpan.Zero), new(140, 0.07, 0.03, null, TimeSpan.FromSeconds(1))],
    };

    private static JsonElement Figure(PlotlyFigure chart) => JsonDocument.Parse(chart.Json).RootElement;

    [Fact]
    public void Label_changes_are_drawn_per_run_against_the_iteration_without_the_first_refresh()
    {
        var figure = Figure(Charts.DecProgress(Runs));
        var data = figure.GetProperty("data");
        Assert.Equal(["fold 0", "fold 1"], data.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([140, 280], data[0].GetProperty("x").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal([0.02, 0.0005], data[0].GetProperty("y").EnumerateArray().Select(y => y.GetDouble()));
        Assert.Equal("iteration", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("log", figure.GetProperty("layout").GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void The_loss_view_plots_the_mean_loss_between_refreshes()
    {
        var data = Figure(Charts.DecProgress(Runs, loss: true, logY: false)).GetProperty("data");
        Assert.Equal([0.07], data[1].GetProperty("y").EnumerateArray().Select(y => y.GetDouble()));
        Assert.Throws<ArgumentException>(() => Charts.DecProgress(new Dictionary<string, IReadOnlyList<DecProgress>>()));
    }
}
