using DeepClustering.Notebooks;
using DeepClustering.Notebooks.Execution;
using static DeepClustering.Tests.Notebooks.NotebookTestHost;

namespace DeepClustering.Tests.Notebooks;

[Collection(NotebookRunnerCollection.Name)]
public sealed class RunnerReferenceTests : IDisposable
{
    private readonly NotebookTestHost _host = new();

    private static string PlainText(CellResult cell) => cell.Displays.Single().Data.Get("text/plain")!;

    [Fact]
    public async Task Relative_reference_to_the_project_library_resolves_against_the_notebook_folder_and_shares_the_loaded_assembly()
    {
        var result = await _host.RunAsync("own-library.ipynb");

        Assert.True(result.Succeeded, result.FirstFailure?.Error?.Value);
        Assert.Equal("DeepClustering", PlainText(result.Cells[0]));
        Assert.Equal(typeof(DeepClustering.Clustering.KMeans).Assembly.Location, PlainText(result.Cells[1]));
    }

    [Fact]
    public async Task NuGet_reference_restores_through_dotnet_and_conflicting_version_is_reported()
    {
        var result = await _host.RunAsync("nuget.ipynb", new NotebookRunOptions { AllowErrors = true });

        Assert.Equal([CellStatus.Succeeded, CellStatus.Succeeded, CellStatus.Failed], result.Cells.Select(c => c.Status));
        Assert.Contains("Spectre.Console, 0.57.2", result.Cells[0].Displays.Single().Data.Get("text/html"));
        Assert.Equal("[[red]]x[[/]]", PlainText(result.Cells[1]));
        Assert.Contains("Spectre.Console version 0.50.0 cannot be added because version 0.57.2 was added previously",
            result.Cells[2].Error!.Value);
        ReadOutput(result);
    }

    [Fact]
    public async Task TorchSharp_runs_in_a_cell()
    {
        var result = await _host.RunAsync("torch.ipynb");

        Assert.True(result.Succeeded, result.FirstFailure?.Error?.Value);
        Assert.Contains("<pre>6</pre>", result.Cells[1].Displays.Single().Data.Get("text/html"));
    }

    public void Dispose() => _host.Dispose();
}
