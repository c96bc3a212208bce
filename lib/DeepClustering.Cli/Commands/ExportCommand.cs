using System.CommandLine;
using DeepClustering.Data;
using DeepClustering.IO;
using DeepClustering.Notebooks;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Export;

namespace DeepClustering.Cli.Commands;

/// <summary>The <c>export</c> command: writes notebooks as .NET file-based apps (<c>dotnet run APP.cs</c>) that need no kernel.</summary>
internal static class ExportCommand
{
    /// <summary>Where the app host project lies in the repository.</summary>
    public const string AppsProject = "lib/DeepClustering.Apps/DeepClustering.Apps.csproj";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("notebooks") { Description = "Notebooks (.ipynb) or folders of notebooks to export.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The app file (APP.cs) for one notebook, or the folder for several; default artifacts/apps/ in the repository, one NAME.cs per notebook.",
        };
        var command = new Command("export", "Write notebooks as .NET file-based apps: their code cells in order, markdown as comments, "
            + "the parameters cell as --param name=value; run one with `dotnet run APP.cs -- --param profile=quick`.") { paths, output };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(string[] paths, string? output)
    {
        IReadOnlyList<string> notebooks;
        try
        {
            notebooks = NotebookFiles.Expand(paths);
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        if (notebooks.Count == 0)
        {
            Console.Error.WriteLine($"error: no .ipynb files in {string.Join(", ", paths)}.");
            return 2;
        }
        var root = DataLocator.FindRepositoryRoot(Path.GetDirectoryName(notebooks[0])!) ?? DataLocator.FindRepositoryRoot(AppContext.BaseDirectory);
        if (root is null || !File.Exists(Path.Combine(root, AppsProject)))
        {
            Console.Error.WriteLine($"error: the app host project {AppsProject} was not found above {notebooks[0]}; export from a clone of this repository.");
            return 2;
        }
        var single = notebooks.Count == 1 && output is not null && output.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);
        var folder = Path.GetFullPath(single ? Path.GetDirectoryName(Path.GetFullPath(output!))! : output ?? Path.Combine(root, "artifacts", "apps"));
        var status = 0;
        foreach (var notebook in notebooks)
        {
            var app = single ? Path.GetFullPath(output!) : Path.Combine(folder, Path.GetFileNameWithoutExtension(notebook) + ".cs");
            try
            {
                var source = AppExporter.Export(NotebookDocument.Load(notebook), app, Path.Combine(root, AppsProject));
                Directory.CreateDirectory(Path.GetDirectoryName(app)!);
                AtomicFile.WriteAllText(app, source);
                Console.WriteLine($"{Path.GetFileName(notebook)} -> {app}");
            }
            catch (Exception e) when (e is ExportException or NotebookFormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                status = 1;
            }
        }
        return status;
    }
}
