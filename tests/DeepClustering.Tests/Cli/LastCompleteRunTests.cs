using DeepClustering.Cli.Commands;

namespace DeepClustering.Tests.Cli;

/// <summary>The suite's last complete run stays readable while a new run writes over its folder.</summary>
public sealed class LastCompleteRunTests
{
    private static string Output(string report)
    {
        var output = CliRun.TempFolder();
        Directory.CreateDirectory(Path.Combine(output, "notebooks"));
        File.WriteAllText(Path.Combine(output, "notebooks", "01.ipynb"), report + " notebook");
        File.WriteAllText(Path.Combine(output, "report.html"), report);
        File.WriteAllText(Path.Combine(output, "notebooks.trx"), report + " trx");
        return output;
    }

    private static string Kept(string output, string name) => File.ReadAllText(Path.Combine(output, LastCompleteRun.Folder, name));

    [Fact]
    public void A_complete_run_is_kept_until_another_run_completes()
    {
        var output = Output("first");
        LastCompleteRun.MarkComplete(output);

        LastCompleteRun.Preserve(output);  // a second run starts, then is cancelled after writing its own report
        File.WriteAllText(Path.Combine(output, "report.html"), "cancelled");
        Assert.Equal("first", Kept(output, "report.html"));
        Assert.Equal("first notebook", Kept(output, Path.Combine("notebooks", "01.ipynb")));

        LastCompleteRun.Preserve(output);  // a third run: the cancelled one is not complete, so the first stays kept
        Assert.Equal("first", Kept(output, "report.html"));

        File.WriteAllText(Path.Combine(output, "report.html"), "third");
        LastCompleteRun.MarkComplete(output);
        LastCompleteRun.Preserve(output);  // a fourth run keeps the third, which completed
        Assert.Equal("third", Kept(output, "report.html"));
        Assert.False(File.Exists(Path.Combine(output, LastCompleteRun.Marker)));
    }

    [Fact]
    public void A_folder_without_a_complete_run_keeps_nothing()
    {
        var output = Output("partial");
        LastCompleteRun.Preserve(output);
        Assert.False(Directory.Exists(Path.Combine(output, LastCompleteRun.Folder)));
    }
}
