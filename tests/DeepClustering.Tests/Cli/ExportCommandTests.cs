using DeepClustering.Cli.Commands;
using DeepClustering.Notebooks.Document;
using DeepClustering.Tests.Golden;

namespace DeepClustering.Tests.Cli;

[Collection("Console")]
public sealed class ExportCommandTests
{
    [Fact]
    public void A_folder_exports_every_notebook_with_a_project_path_that_resolves_from_where_the_app_is()
    {
        var notebooks = Path.Combine(GoldenCase.RepositoryRoot(), "notebooks");
        var output = CliRun.TempFolder();

        var (exit, _, error) = CliRun.Invoke(ExportCommand.Create(), notebooks, "--output", output);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var expected = Directory.GetFiles(notebooks, "*.ipynb").Select(f => Path.GetFileNameWithoutExtension(f) + ".cs").Order();
        Assert.Equal(expected, Directory.GetFiles(output, "*.cs").Select(Path.GetFileName).Order());
        foreach (var app in Directory.GetFiles(output, "*.cs"))
        {
            var project = File.ReadLines(app).Single(l => l.StartsWith("#:project ", StringComparison.Ordinal))["#:project ".Length..];
            Assert.True(File.Exists(Path.GetFullPath(Path.Combine(output, project))), $"{app}: {project}");
        }
    }

    [Fact]
    public void A_missing_notebook_is_named_and_a_cell_an_app_cannot_run_writes_no_app()
    {
        var folder = CliRun.TempFolder();
        var (missing, _, missingError) = CliRun.Invoke(ExportCommand.Create(), Path.Combine(folder, "nope.ipynb"));
        Assert.Equal(2, missing);
        Assert.Contains("nope.ipynb: no such notebook or folder", missingError);

        var notebook = Path.Combine(folder, "08-kernel-only.ipynb");
        NotebookDocument.Create([NotebookCell.CreateCode("a", "display(HTML(\"<b>x</b>\"));")]).Save(notebook);
        var app = Path.Combine(folder, "app.cs");
        var (exit, _, error) = CliRun.Invoke(ExportCommand.Create(), notebook, "--output", app);
        Assert.Equal(1, exit);
        Assert.Contains("08-kernel-only.ipynb, code cell 1, line 1: HTML(...) is a .NET Interactive kernel function", error);
        Assert.False(File.Exists(app));
    }
}
