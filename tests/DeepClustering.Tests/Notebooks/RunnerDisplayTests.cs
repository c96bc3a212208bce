using DeepClustering.Notebooks.Execution;
using DeepClustering.Notebooks.Kernel;
using System.Text.Json.Nodes;
using DeepClustering.Notebooks;
using static DeepClustering.Tests.Notebooks.NotebookTestHost;

namespace DeepClustering.Tests.Notebooks;

[Collection(NotebookRunnerCollection.Name)]
public sealed class RunnerDisplayTests : IDisposable
{
    private readonly NotebookTestHost _host = new();

    private static JsonObject Data(JsonObject notebook, string id) =>
        Cell(notebook, id)["outputs"]!.AsArray().First(o => o!["output_type"]!.GetValue<string>() == "display_data")!["data"]!.AsObject();

    // The kernel's HTML(...) returns an ASP.NET Core type whose reference version differs from the kernel's copy, so
    // its cell compiles with warning CS1701 and the runner fails it after its outputs (Jupyter prints the warning).
    private static readonly NotebookRunOptions GoOnAfterWarnings = new() { AllowErrors = true };

    private static void OnlyTheKernelHtmlCellsWarn(NotebookRunResult result, JsonObject notebook)
    {
        var failed = result.Cells.Where(c => c.Status != CellStatus.Succeeded).ToList();
        Assert.All(failed, c => Assert.Equal(CompilerWarnings.ErrorName, c.Error?.Name));
        Assert.Contains("CS1701", Text(Cell(notebook, "html")["outputs"]![0]!["text"]));
    }

    [Fact]
    public async Task Every_display_kind_is_formatted_by_the_formatter()
    {
        var result = await _host.RunAsync("display.ipynb", GoOnAfterWarnings);
        var notebook = ReadOutput(result);
        OnlyTheKernelHtmlCellsWarn(result, notebook);

        // Exactly the MIME types the Formatter prefers: text/html only for an int.
        var trailing = Data(notebook, "trailing");
        Assert.Equal(["text/html"], trailing.Select(p => p.Key));
        Assert.Contains("<pre>42</pre>", Text(trailing["text/html"]));

        Assert.Contains("[ 1, 2, 3 ]", Text(Data(notebook, "display-function")["text/html"]));
        Assert.Contains("point", Text(Data(notebook, "display-extension")["text/html"]));

        var table = Text(Data(notebook, "display-table")["text/html"]);
        Assert.Contains("<table>", table);
        Assert.Contains("<span>X</span>", table);

        var html = Data(notebook, "html");
        Assert.Equal("<b>bold</b>", Text(html["text/html"]));

        Assert.Equal("# Title", Text(Data(notebook, "markdown")["text/markdown"]));

        var png = Data(notebook, "png");
        Assert.Equal("string", JsonValueKind(png["image/png"]));
        Assert.Equal(Convert.ToBase64String([137, 80, 78, 71]), png["image/png"]!.GetValue<string>());

        Assert.Equal("<i>21.5 C</i>", Text(Data(notebook, "custom-html")["text/html"]));

        var update = Cell(notebook, "update")["outputs"]!.AsArray();
        Assert.Equal("step 3", Text(update[^1]!["data"]!["text/plain"]));

        Assert.Contains("&lt;null&gt;", Text(Data(notebook, "null")["text/html"]));

        Assert.Equal("<div><b>pocket</b></div>", Text(Data(notebook, "pocketview")["text/html"]));
    }

    [Fact]
    public async Task An_updated_display_is_one_output_with_the_last_value()
    {
        var result = await _host.RunAsync("display.ipynb", GoOnAfterWarnings);
        var notebook = ReadOutput(result);
        var update = Cell(notebook, "update")["outputs"]!.AsArray();
        Assert.Single(update);
        Assert.Equal("step 3", Text(update[0]!["data"]!["text/plain"]));

        // var d = "a".Display(); d.Update("b"); : the update's id is the handle's own, never produced (see CellDisplays).
        var extension = Cell(notebook, "update-extension")["outputs"]!.AsArray();
        Assert.Equal("b", Text(Assert.Single(extension)!["data"]!["text/plain"]));

        // Two handles, each updated: each update replaces its own display.
        Assert.Equal(["x2", "z2"], Cell(notebook, "update-two-handles")["outputs"]!.AsArray().Select(o => Text(o!["data"]!["text/plain"])));

        // KernelInvocationContext.Display keeps the kernel's contract (the update carries the produced id): the id wins
        // over the latest display.
        Assert.Equal(["c2", "later"], Cell(notebook, "update-context")["outputs"]!.AsArray().Select(o => Text(o!["data"]!["text/plain"])));
    }

    private static string JsonValueKind(JsonNode? node) => node!.GetValueKind().ToString().ToLowerInvariant();

    public void Dispose() => _host.Dispose();
}
