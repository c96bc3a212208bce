using DeepClustering.Notebooks;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Execution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.DotNet.Interactive.Formatting;
using static DeepClustering.Tests.Notebooks.NotebookTestHost;

namespace DeepClustering.Tests.Notebooks;

[Collection(NotebookRunnerCollection.Name)]
public sealed class RunnerReferenceTests : IDisposable
{
    private readonly NotebookTestHost _host = new();

    private static string PlainText(CellResult cell) => cell.Displays.Single().Data.Get("text/plain")!;

    [Fact]
    public async Task RelativeReferenceToTheProjectLibraryResolvesAgainstTheNotebookFolderAndSharesTheLoadedAssembly()
    {
        var result = await _host.RunAsync("own-library.ipynb");

        Assert.True(result.Succeeded, result.FirstFailure?.Error?.Value);
        Assert.Equal("DeepClustering", PlainText(result.Cells[0]));
        Assert.Equal(typeof(DeepClustering.Experiments.ExperimentLog).Assembly.Location, PlainText(result.Cells[1]));
    }

    [Fact]
    public async Task NuGetReferenceRestoresThroughDotnetAndConflictingVersionIsReported()
    {
        var result = await _host.RunAsync("nuget.ipynb", new NotebookRunOptions { AllowErrors = true });

        Assert.Equal([CellStatus.Succeeded, CellStatus.Succeeded, CellStatus.Failed], result.Cells.Select(c => c.Status));
        Assert.Contains("Spectre.Console, 0.57.2", result.Cells[0].Displays.Single().Data.Get("text/plain"));
        Assert.Equal("[[red]]x[[/]]", PlainText(result.Cells[1]));
        Assert.Contains("Spectre.Console version 0.50.0 cannot be added because version 0.57.2 was added previously",
            result.Cells[2].Error!.Value);
        ReadOutput(result);
    }

    [Fact]
    public async Task TorchSharpRunsInACell()
    {
        var result = await _host.RunAsync("torch.ipynb");

        Assert.True(result.Succeeded, result.FirstFailure?.Error?.Value);
        Assert.Contains("<pre>6</pre>", result.Cells[1].Displays.Single().Data.Get("text/html"));
    }

    [Fact]
    public async Task ReferencedLibraryRegistersFormattersInTheRunnersFormatter()
    {
        // A library built like DeepClustering.Display: its bin folder holds its own copy of the Formatting assembly.
        var folder = Path.Combine(_host.OutputDirectory, "formatter-lib");
        Directory.CreateDirectory(folder);
        var formatting = typeof(Formatter).Assembly.Location;
        File.Copy(formatting, Path.Combine(folder, Path.GetFileName(formatting)));
        CompileLibrary(Path.Combine(folder, "FormatterLib.dll"), formatting);
        var notebook = Path.Combine(_host.OutputDirectory, "uses-lib.ipynb");
        File.WriteAllText(notebook, NotebookJson(
            "#r \"formatter-lib/FormatterLib.dll\"\nFormatterLib.Setup.Register();",
            "new FormatterLib.Marker(7)",
            "typeof(Formatter).Assembly == FormatterLib.Setup.FormattingAssembly"));

        var result = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions
        {
            OutputDirectory = Path.Combine(_host.OutputDirectory, "out"),
            UseNotebookDirectoryAsWorkingDirectory = false,
        });

        Assert.True(result.Succeeded, result.FirstFailure?.Error?.Value);
        Assert.Equal("<em>marker 7</em>", result.Cells[1].Displays.Single().Data.Get("text/html"));
        Assert.Contains("<pre>True</pre>", result.Cells[2].Displays.Single().Data.Get("text/html"));
    }

    [Fact]
    public async Task LibrariesReferencedFromOneFolderShareTheirDependencyLoadedOnceInTheDefaultContext()
    {
        // Like Plotly.NET and Giraffe.ViewEngine sharing FSharp.Core from DeepClustering.Display's bin folder.
        var folder = Path.Combine(_host.OutputDirectory, "libs");
        Directory.CreateDirectory(folder);
        var shared = Compile(Path.Combine(folder, "SharedDep.dll"), "namespace SharedDep; public sealed class Token { public int Value { get; init; } }");
        Compile(Path.Combine(folder, "MakerLib.dll"), "namespace MakerLib; public static class Maker { public static SharedDep.Token Make() => new() { Value = 5 }; }", shared);
        Compile(Path.Combine(folder, "UserLib.dll"), "namespace UserLib; public static class User { public static int Use(SharedDep.Token t) => t.Value * 2; }", shared);
        var notebook = Path.Combine(_host.OutputDirectory, "two-libs.ipynb");
        File.WriteAllText(notebook, NotebookJson(
            "#r \"libs/MakerLib.dll\"\n#r \"libs/UserLib.dll\"\nConsole.WriteLine(UserLib.User.Use(MakerLib.Maker.Make()));",
            "var copies = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == \"SharedDep\").ToList();\n" +
            "Console.WriteLine($\"{copies.Count} {System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(copies[0]) == System.Runtime.Loader.AssemblyLoadContext.Default}\");"));

        var result = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions { OutputDirectory = null, UseNotebookDirectoryAsWorkingDirectory = false });

        Assert.True(result.Succeeded, result.FirstFailure?.Error?.Value);
        Assert.Equal("10\n", result.Cells[0].StreamText("stdout"));
        Assert.Equal("1 True\n", result.Cells[1].StreamText("stdout"));
    }

    private static MetadataReference Compile(string path, string source, params MetadataReference[] extra)
    {
        var compilation = CSharpCompilation.Create(Path.GetFileNameWithoutExtension(path), [CSharpSyntaxTree.ParseText(source)],
            FrameworkReferences.Create().Concat(extra), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var emit = compilation.Emit(path);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return MetadataReference.CreateFromFile(path);
    }

    private static void CompileLibrary(string path, string formattingPath)
    {
        const string source = """
            using Microsoft.DotNet.Interactive.Formatting;
            namespace FormatterLib;
            public sealed record Marker(int Value);
            public static class Setup
            {
                public static System.Reflection.Assembly FormattingAssembly => typeof(Formatter).Assembly;
                public static void Register()
                {
                    Formatter.Register<Marker>((m, w) => w.Write($"<em>marker {m.Value}</em>"), HtmlFormatter.MimeType);
                    Formatter.SetPreferredMimeTypesFor(typeof(Marker), HtmlFormatter.MimeType);
                }
            }
            """;
        var references = FrameworkReferences.Create().Append(MetadataReference.CreateFromFile(formattingPath));
        var compilation = CSharpCompilation.Create("FormatterLib", [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var emit = compilation.Emit(path);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
    }

    private static string NotebookJson(params string[] sources) =>
        NotebookDocument.Create(sources.Select((source, i) => NotebookCell.CreateCode($"cell{i}", source))).ToJson();

    public void Dispose() => _host.Dispose();
}
