using static DeepClustering.Tests.Notebooks.NotebookTestHost;

namespace DeepClustering.Tests.Notebooks;

/// <summary>The runner's engine is the real .NET Interactive kernel.</summary>
[Collection(NotebookRunnerCollection.Name)]
public sealed class KernelInvocationTests : IDisposable
{
    private readonly NotebookTestHost _host = new();

    [Fact]
    public async Task A_cell_runs_as_the_kernels_SubmitCode_command()
    {
        var result = await _host.RunAsync("invocation-context.ipynb");

        Assert.True(result.Succeeded, result.FirstFailure?.Error?.Value);
        Assert.Equal("SubmitCode\n", result.Cells[0].StreamText("stdout"));
    }

    [Fact]
    public async Task The_kernel_starts_opted_out_of_telemetry()
    {
        var result = await _host.RunAsync("invocation-context.ipynb");

        Assert.True(result.Succeeded, result.FirstFailure?.Error?.Value);
        Assert.Equal("1\n", result.Cells[1].StreamText("stdout"));
    }

    public void Dispose() => _host.Dispose();
}
