using DeepClustering.Notebooks;
using DeepClustering.Notebooks.Parameters;
using static DeepClustering.Tests.Notebooks.NotebookTestHost;

namespace DeepClustering.Tests.Notebooks;

[Collection(NotebookRunnerCollection.Name)]
public sealed class RunnerParameterTests : IDisposable
{
    private readonly NotebookTestHost _host = new();

    private static NotebookRunOptions With(params (string Name, string Value)[] values) =>
        new() { Parameters = values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)).ToList() };

    [Fact]
    public void A_second_parameters_cell_is_refused_because_it_would_undo_the_values()
    {
        var notebook = DeepClustering.Notebooks.Document.NotebookDocument.Create([
            DeepClustering.Notebooks.Document.NotebookCell.CreateCode("a", "var seed = 1;", ParameterInjector.ParametersTag),
            DeepClustering.Notebooks.Document.NotebookCell.CreateCode("b", "var seed = 2;", ParameterInjector.ParametersTag),
        ]);
        var error = Assert.Throws<ParameterException>(() => ParameterInjector.Inject(notebook, [new("seed", "5")]));
        Assert.Contains("cells 1 and 2", error.Message);
    }

    [Fact]
    public async Task Defaults_run_when_no_parameter_is_given()
    {
        var result = await _host.RunAsync("parameters.ipynb");

        Assert.Equal("Int32:3|Double:0.5|Boolean:False|String:default\n", result.Cells[^1].StreamText("stdout"));
        Assert.DoesNotContain(ReadOutput(result)["cells"]!.AsArray(), c => c!["metadata"]!["tags"]?.ToJsonString().Contains("injected") == true);
    }

    [Fact]
    public async Task Parameters_are_typed_from_their_defaults_and_injected_after_the_parameters_cell()
    {
        var result = await _host.RunAsync("parameters.ipynb",
            With(("count", "7"), ("rate", "0.25"), ("enabled", "true"), ("label", "say \"hi\"\\n")));

        Assert.True(result.Succeeded);
        Assert.Equal("Int32:7|Double:0.25|Boolean:True|String:say \"hi\"\\n\n", result.Cells[^1].StreamText("stdout"));
        Assert.Equal([7, 0.25, true, "say \"hi\"\\n"], result.Parameters.Select(p => p.Value));
        var notebook = ReadOutput(result);
        var cells = notebook["cells"]!.AsArray();
        var injected = cells[2]!;
        Assert.Equal("injected-parameters", injected["metadata"]!["tags"]![0]!.GetValue<string>());
        Assert.Equal("params", cells[1]!["id"]!.GetValue<string>());
        Assert.Equal(7, notebook["metadata"]!["papermill"]!["parameters"]!["count"]!.GetValue<int>());
        Assert.True(notebook["metadata"]!["papermill"]!["parameters"]!["enabled"]!.GetValue<bool>());
        Assert.Equal("3", notebook["metadata"]!["papermill"]!["default_parameters"]!["count"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_parameter_is_an_error()
    {
        var error = await Assert.ThrowsAsync<ParameterException>(() => _host.RunAsync("parameters.ipynb", With(("cuont", "1"))));
        Assert.Contains("cuont", error.Message);
        Assert.Contains("count", error.Message);
    }

    [Fact]
    public async Task Ill_typed_parameter_is_an_error()
    {
        var error = await Assert.ThrowsAsync<ParameterException>(() => _host.RunAsync("parameters.ipynb", With(("count", "many"))));
        Assert.Contains("'count' expects int", error.Message);
    }

    [Fact]
    public async Task Parameter_without_parameters_cell_is_an_error()
    {
        await Assert.ThrowsAsync<ParameterException>(() => _host.RunAsync("success.ipynb", With(("total", "1"))));
    }

    public void Dispose() => _host.Dispose();
}
