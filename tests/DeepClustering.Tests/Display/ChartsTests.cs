using System.Text.Json;
using DeepClustering.Display.Charts;
using DeepClustering.Display.Plotly;
using DeepClustering.Reproductions;
using TorchSharp;

namespace DeepClustering.Tests.Display;

public sealed class ChartsTests
{
    private static JsonElement Figure(PlotlyFigure chart) => JsonDocument.Parse(chart.Json).RootElement;

    private static string Title(JsonElement figure) => figure.GetProperty("layout").GetProperty("title").GetProperty("text").GetString()!;

    [Fact]
    public void Training_curves_draw_one_line_per_series_over_epochs()
    {
        var chart = Charts.TrainingCurves(new Dictionary<string, IReadOnlyList<double>>
        {
            ["train"] = [3, 2, 1],
            ["validation"] = [3.5, 2.5, 2],
        }, logY: true);
        var figure = Figure(chart);
        var data = figure.GetProperty("data");
        Assert.Equal(2, data.GetArrayLength());
        Assert.Equal("train", data[0].GetProperty("name").GetString());
        Assert.Equal([1, 2, 3], data[0].GetProperty("x").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal("log", figure.GetProperty("layout").GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal("epoch", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("Training loss", Title(figure));
        Assert.Equal(1, figure.GetProperty("layout").GetProperty("xaxis").GetProperty("dtick").GetInt32());
    }

    [Fact]
    public void A_confusion_matrix_is_an_annotated_heatmap()
    {
        var counts = new long[,] { { 50, 2, 0 }, { 1, 40, 9 } };
        var figure = Figure(Charts.ConfusionMatrix(counts, columnLabels: ["a", "b", "c"]));
        var trace = figure.GetProperty("data")[0];
        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        Assert.Equal(["a", "b", "c"], trace.GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["cluster 0", "cluster 1"], trace.GetProperty("y").EnumerateArray().Select(y => y.GetString()));
        var annotations = figure.GetProperty("layout").GetProperty("annotations");
        Assert.Equal(6, annotations.GetArrayLength());
        Assert.Contains(annotations.EnumerateArray(), a => a.GetProperty("text").GetString() == "40");
        Assert.Throws<ArgumentException>(() => Charts.ConfusionMatrix(counts, rowLabels: ["only one"]));
    }

    [Fact]
    public void An_embedding_scatter_has_one_trace_per_cluster_and_a_seeded_subset()
    {
        var points = new double[10, 2];
        for (int i = 0; i < 10; i++) { points[i, 0] = i; points[i, 1] = -i; }
        long[] clusters = [0, 1, 0, 1, 2, 2, 0, 1, 2, 0];
        var full = Figure(Charts.EmbeddingScatter(points, clusters));
        Assert.Equal(["cluster 0", "cluster 1", "cluster 2"], full.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(4, full.GetProperty("data")[0].GetProperty("x").GetArrayLength());

        string a = Charts.EmbeddingScatter(points, clusters, maxPoints: 5, seed: 3).Json;
        string b = Charts.EmbeddingScatter(points, clusters, maxPoints: 5, seed: 3).Json;
        Assert.Equal(a, b);
        Assert.Equal(5, Figure(Charts.EmbeddingScatter(points, clusters, maxPoints: 5)).GetProperty("data").EnumerateArray().Sum(t => t.GetProperty("x").GetArrayLength()));
        Assert.Throws<ArgumentException>(() => Charts.EmbeddingScatter(points, clusters[..9]));
    }

    [Fact]
    public void Embeddings_wider_than_two_are_projected_with_pca()
    {
        using var embeddings = torch.randn(40, 6, generator: new torch.Generator(5));
        var figure = Figure(Charts.EmbeddingScatter(embeddings, Enumerable.Range(0, 40).Select(i => (long)(i % 4)).ToArray()));
        Assert.Equal(4, figure.GetProperty("data").GetArrayLength());
        Assert.Equal("PC 1", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Reported_vs_ours_groups_bars_and_skips_missing_reports()
    {
        var figure = Figure(Charts.ReportedVsOurs(["acc", "nmi"], [0.9, null], [0.88, 0.8]));
        var data = figure.GetProperty("data");
        Assert.Equal(2, data.GetArrayLength());
        Assert.Equal(1, data[0].GetProperty("x").GetArrayLength());
        Assert.Equal(2, data[1].GetProperty("x").GetArrayLength());

        var entries = new[] { new ResultEntry("01", "acc", 0.95, 0.96, null, null, "quick", 1, 2.0, true) };
        Assert.Equal(2, Figure(Charts.ReportedVsOurs(entries)).GetProperty("data").GetArrayLength());
    }

    [Fact]
    public void Centroid_heatmaps_tile_flattened_centroids()
    {
        using var centroids = torch.rand(3, 16, generator: new torch.Generator(1));
        var figure = Figure(Charts.CentroidHeatmaps(centroids, columns: 2));
        var z = figure.GetProperty("data")[0].GetProperty("z");
        Assert.Equal(1 + 2 * (4 + 1), z.GetArrayLength());        // rows: two tile rows of 4 plus padding
        Assert.Equal(1 + 2 * (4 + 1), z[0].GetArrayLength());     // columns
        Assert.Contains("(3)", Title(figure));
    }

    [Fact]
    public void Every_chart_renders_to_chart_html()
    {
        string html = ChartHtml.Render(Charts.TrainingCurve([1.0, 0.5]), includeLibrary: false);
        Assert.Contains(ChartHtml.ChartClass, html);
        Assert.Contains("width:720px", html);
    }
}
