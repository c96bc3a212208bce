using System.Text;
using DeepClustering.Display;
using DeepClustering.Display.Images;
using DeepClustering.Display.Notices;
using DeepClustering.Reproductions;
using DeepClustering.Display.Plotly;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using TorchSharp;
using DeepClustering.Display.Charts;

namespace DeepClustering.Tests.Display;

[Collection(FormatterCollection.Name)]
public sealed class NotebookDisplayTests
{
    private static PlotlyFigure SmallChart() => Charts.TrainingCurve([3.0, 2.0, 1.5]);

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    [Fact]
    public void Register_is_idempotent_and_survives_a_formatter_reset()
    {
        NotebookDisplay.Register();
        int ours = Formatter.RegisteredFormatters(false).Count(f => f.GetType().Namespace == "DeepClustering.Display.Formatting");
        NotebookDisplay.Register();
        Assert.Equal(ours, Formatter.RegisteredFormatters(false).Count(f => f.GetType().Namespace == "DeepClustering.Display.Formatting"));
        Assert.Equal(8, ours);

        Formatter.ResetToDefault();
        Assert.False(NotebookDisplay.IsRegistered);
        NotebookDisplay.Register();
        Assert.True(NotebookDisplay.IsRegistered);
    }

    [Fact]
    public void Preferred_mime_types_are_set_per_type()
    {
        NotebookDisplay.Register();
        Assert.Equal(["text/html"], Formatter.GetPreferredMimeTypesFor(typeof(PlotlyFigure)));
        Assert.Equal(["text/html", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(DataFrame)));
        Assert.Equal(["text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(torch.Tensor)));
        Assert.Equal(["image/png", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(ImageGrid)));
        Assert.Equal(["text/html", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(Notice)));
    }

    [Fact]
    public void Plotly_js_is_included_once_per_notebook()
    {
        NotebookDisplay.Register();
        string first = SmallChart().ToDisplayString("text/html");
        string second = SmallChart().ToDisplayString("text/html");
        Assert.Equal(1, CountOf(first, PlotlyLibrary.LibraryAttribute));
        Assert.True(first.Length > 3_000_000, "the first chart carries the whole library");
        Assert.Equal(0, CountOf(second, PlotlyLibrary.LibraryAttribute));
        Assert.True(second.Length < 20_000);
        Assert.Contains(ChartHtml.ChartClass, second);
        Assert.Contains("\"data\":[", second);
        Assert.DoesNotContain(PlotlyLibrary.CdnUrl, first + second);

        NotebookDisplay.Register(); // a new notebook (or a re-run setup cell) gets the library again
        Assert.Equal(1, CountOf(SmallChart().ToDisplayString("text/html"), PlotlyLibrary.LibraryAttribute));
    }

    [Fact]
    public void The_cdn_is_used_only_when_chosen()
    {
        try
        {
            NotebookDisplay.Register(new NotebookDisplayOptions { PlotlySource = PlotlyScriptSource.Cdn });
            string html = SmallChart().ToDisplayString("text/html");
            Assert.DoesNotContain(PlotlyLibrary.LibraryAttribute, html);
            Assert.Contains(PlotlyLibrary.CdnUrl, html);
        }
        finally
        {
            NotebookDisplay.Register();
        }
    }

    [Fact]
    public void Chart_json_cannot_close_the_script_element()
    {
        NotebookDisplay.Register();
        var chart = Charts.TrainingCurve([1.0, 2.0], name: "</script><b>x</b>");
        string html = chart.ToDisplayString("text/html");
        Assert.DoesNotContain("</script><b>", html);
        Assert.Contains("\\u003c/script>", html);
    }

    [Fact]
    public void DataFrames_are_html_tables_with_a_row_cap_and_plain_text()
    {
        NotebookDisplay.Register(new NotebookDisplayOptions { MaxTableRows = 5 });
        try
        {
            var frame = new DataFrame(
                new Int32DataFrameColumn("k", Enumerable.Range(0, 12)),
                new DoubleDataFrameColumn("acc", Enumerable.Range(0, 12).Select(i => i / 3.0)),
                new StringDataFrameColumn("note", Enumerable.Range(0, 12).Select(i => i == 0 ? "<b>&" : "n" + i)));
            string html = frame.ToDisplayString("text/html");
            Assert.Equal(5 + 1, CountOf(html, "<tr>"));
            Assert.Contains("7 more rows (12 in all)", html);
            Assert.Contains("&lt;b&gt;&amp;", html);
            Assert.Contains("0.3333", html);
            string text = frame.ToDisplayString("text/plain");
            Assert.Contains("acc", text);
            Assert.Contains("7 more rows", text);
            Assert.Equal(5 + 2, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally
        {
            NotebookDisplay.Register();
        }
    }

    [Fact]
    public void Tensors_are_plain_text_summaries()
    {
        NotebookDisplay.Register();
        using var small = torch.tensor(new float[] { 1.5f, 2f, 3f, 4f }).reshape(2, 2);
        string text = small.ToDisplayString("text/plain");
        Assert.StartsWith("Tensor [2, 2], dtype Float32", text);
        Assert.Contains("1.5", text);

        using var big = torch.arange(10_000, dtype: torch.ScalarType.Int64).reshape(100, 100);
        string capped = big.ToDisplayString("text/plain");
        Assert.Contains("showing 200 of 10000 values", capped);
        Assert.True(capped.Length < 4_000);
    }

    [Fact]
    public void Scalar_empty_and_disposed_tensors_are_described()
    {
        NotebookDisplay.Register();
        using var scalar = torch.tensor(2.5);
        Assert.Contains("Tensor [], dtype Float64", scalar.ToDisplayString("text/plain"));
        using var empty = torch.zeros(0, 3);
        Assert.StartsWith("Tensor [0, 3]", empty.ToDisplayString("text/plain"));
        var gone = torch.ones(2);
        gone.Dispose();
        Assert.Contains("(disposed)", DeepClustering.Display.Tensors.TensorText.Format(gone));
    }

    [Fact]
    public void Image_grids_are_base64_png()
    {
        NotebookDisplay.Register();
        var grid = ImageGrid.FromValues(new float[2 * 4 * 4], 2, 1, 4, 4);
        string value = grid.ToDisplayString("image/png");
        byte[] png = Convert.FromBase64String(value);
        Assert.Equal(PngEncoder.Signature.ToArray(), png[..8]);
        Assert.StartsWith("ImageGrid: 2 images", grid.ToDisplayString("text/plain"));
    }

    [Fact]
    public void Notices_are_html_with_their_text_as_plain_text()
    {
        NotebookDisplay.Register();
        var notice = Notice.StandIn("Fashion-MNIST");
        Assert.Contains("not comparable", notice.ToDisplayString("text/html"));
        Assert.StartsWith("<div", notice.ToDisplayString("text/html"));
        Assert.Equal(StandInBanner.Text("Fashion-MNIST"), notice.ToDisplayString("text/plain"));
    }
}
