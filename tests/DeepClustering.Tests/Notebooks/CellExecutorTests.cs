using DeepClustering.Notebooks.Execution;

namespace DeepClustering.Tests.Notebooks;

[Collection(NotebookRunnerCollection.Name)]
public sealed class CellExecutorTests
{
    [Fact]
    public async Task TimeMagicAddsTheWallTimeAfterTheCellsOutputs()
    {
        var executor = new CellExecutor(Path.GetTempPath(), timeout: null);

        var run = await executor.ExecuteAsync("#!time\nConsole.WriteLine(\"x\");", kernelName: null, echo: null);

        Assert.Equal(CellStatus.Succeeded, run.Status);
        Assert.Equal(2, run.Outputs.Count);
        Assert.StartsWith("Wall time: ", Assert.IsType<DeepClustering.Notebooks.Document.DisplayOutput>(run.Outputs[1]).Data.Get("text/plain"));
    }

    [Fact]
    public async Task EchoPrefixesEveryLineWithTheCellNumber()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var executor = new CellExecutor(Path.GetTempPath(), timeout: null);

        await executor.ExecuteAsync("Console.Write(\"a\"); Console.WriteLine(\"b\\nc\"); Console.Error.WriteLine(\"e\");", null, new TerminalEcho(stdout, stderr, 7));

        Assert.Equal("[7] ab\n[7] c\n", stdout.ToString().Replace("\r", ""));
        Assert.Equal("[7] e\n", stderr.ToString().Replace("\r", ""));
    }
}
