using DeepClustering.Display.Charts;
using Plotly.NET;
using Xunit;

namespace DeepClustering.Tests.Display;

public sealed class ChartsBarsTests
{
    [Fact]
    public void OneBarPerNameWithTheTitle()
    {
        var json = GenericChart.toJson(Charts.Bars(["01", "02"], [1.5, 20], "Wall time", yTitle: "seconds"));
        Assert.Contains("\"01\"", json);
        Assert.Contains("Wall time", json);
    }

    [Fact]
    public void MismatchedCountsAreRejected() =>
        Assert.Throws<ArgumentException>(() => Charts.Bars(["a"], [1, 2], "t"));
}
