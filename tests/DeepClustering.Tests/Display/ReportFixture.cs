using System.Text.Json;
using System.Text.Json.Nodes;
using DeepClustering.Display.Charts;
using DeepClustering.Display.Images;
using DeepClustering.Display.Plotly;

namespace DeepClustering.Tests.Display;

/// <summary>Writes small executed notebooks (nbformat 4) whose outputs look like the runner's: charts, images, streams, an error.</summary>
internal static class ReportFixture
{
    private static JsonObject Display(string mime, string value) => new()
    {
        ["output_type"] = "display_data",
        ["data"] = new JsonObject { [mime] = value },
        ["metadata"] = new JsonObject(),
    };

    private static JsonObject Code(int count, string source, params JsonObject[] outputs) => new()
    {
        ["cell_type"] = "code",
        ["execution_count"] = count,
        ["metadata"] = new JsonObject(),
        ["source"] = new JsonArray(Lines(source)),
        ["outputs"] = new JsonArray(outputs),
    };

    // nbformat keeps the newline at the end of every line but the last.
    private static JsonNode[] Lines(string source)
    {
        var lines = source.Split('\n');
        return lines.Select((line, i) => (JsonNode)JsonValue.Create(i < lines.Length - 1 ? line + "\n" : line)!).ToArray();
    }

    private static JsonObject Markdown(string source) => new()
    {
        ["cell_type"] = "markdown",
        ["metadata"] = new JsonObject(),
        ["source"] = source,
    };

    private static void Save(string path, params JsonObject[] cells)
    {
        var notebook = new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = new JsonObject(),
            ["cells"] = new JsonArray(cells),
        };
        File.WriteAllText(path, notebook.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Two notebooks with one chart each (the first carries plotly.js inline, as in a notebook run), an image, text and an error.</summary>
    public static string[] WriteTwoNotebooks(string dir)
    {
        string first = Path.Combine(dir, "01-first.ipynb"), second = Path.Combine(dir, "02-second.ipynb");
        var curve = Charts.TrainingCurve([3.0, 2.0, 1.2, 0.9], title: "First chart");
        var matrix = Charts.ConfusionMatrix(new long[,] { { 9, 1 }, { 2, 8 } }, title: "Second chart");
        var grid = ImageGrid.FromValues(Enumerable.Range(0, 2 * 16).Select(i => i / 32f).ToArray(), 2, 1, 4, 4);
        Save(first,
            Markdown("# Experiment one\n\nReported **96.4 %** <tag>"),
            Code(1, "var x = 1;\nConsole.WriteLine(x);",
                new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = new JsonArray("1 < 2\n", "done\n") }),
            Code(2, "chart", Display("text/html", ChartHtml.Render(curve, includeLibrary: true))),
            Code(3, "grid", Display("image/png", grid.ToBase64Png())));
        Save(second,
            Markdown("## Experiment two"),
            Code(1, "matrix", Display("text/html", ChartHtml.Render(matrix, includeLibrary: true))),
            Code(2, "throw new Exception(\"boom\");", new JsonObject
            {
                ["output_type"] = "error",
                ["ename"] = "System.Exception",
                ["evalue"] = "boom <b>",
                ["traceback"] = new JsonArray("\u001b[31mSystem.Exception: boom\u001b[0m", "   at Submission#2"),
            }));
        return [first, second];
    }
}
