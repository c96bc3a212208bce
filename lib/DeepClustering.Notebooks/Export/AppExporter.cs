using System.Text;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Kernel;
using DeepClustering.Notebooks.Parameters;

namespace DeepClustering.Notebooks.Export;

/// <summary>
/// Writes a notebook as a .NET file-based app (<c>dotnet run APP.cs</c>): its code cells in order against the library's
/// app host (<c>DeepClustering.Apps.NotebookApp</c>), its markdown as comments, its parameters cell read from
/// <c>--param name=value</c>. The app compiles as the kernel compiles a notebook: no nullable annotations, the kernel's
/// default namespaces and no implicit ones.
/// </summary>
public static class AppExporter
{
    /// <summary>The namespaces the C# kernel imports into every notebook.</summary>
    public static readonly IReadOnlyList<string> KernelImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private static readonly string[] AppNames = ["app", "notebookApp", "exportedNotebookApp"];

    /// <summary>
    /// The source of the app for <paramref name="notebook"/> written at <paramref name="appPath"/>, referencing the app host
    /// project <paramref name="appsProject"/> (both paths absolute or relative to the working directory).
    /// </summary>
    /// <exception cref="ExportException">A cell the app cannot run (another kernel, a kernel directive or function).</exception>
    public static string Export(NotebookDocument notebook, string appPath, string appsProject)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var name = notebook.Name;
        var appDirectory = Path.GetDirectoryName(Path.GetFullPath(appPath))!;
        var notebookDirectory = Path.GetDirectoryName(Path.GetFullPath(notebook.Path ?? appPath))!;
        var codeCells = notebook.Cells.Where(c => c.IsCode).ToList();
        var app = AppName(name, codeCells);
        var parametersCell = notebook.Cells.FirstOrDefault(c => c.IsCode && c.Tags.Contains(ParameterInjector.ParametersTag));

        var usings = new List<string>(KernelImports.Select(n => $"using {n};"));
        var packages = new List<string>();
        var types = new List<string>();
        var body = new StringBuilder();
        var number = 0;
        var parameters = "";  // the parameters cell's code, which the app parses as run does
        var declared = new Dictionary<string, string>(StringComparer.Ordinal); // top-level name -> where
        var nested = new List<(string Name, string Where)>();
        foreach (var cell in notebook.Cells)
        {
            if (!cell.IsCode)
            {
                if (cell.CellType == "markdown")
                    body.Append('\n').Append(Comment(cell.Source)).Append('\n');
                continue;
            }
            number++;
            var where = $"{name}.ipynb, code cell {number}";
            var (kernel, source) = CellKernel.Split(cell.Source, cell.KernelName ?? KernelSession.DefaultKernel);
            if (kernel != KernelSession.DefaultKernel)
                throw new ExportException($"{where} runs in the '{kernel}' kernel; a file-based app runs C# cells only.");
            var isParameters = ReferenceEquals(cell, parametersCell);
            if (isParameters)
                parameters = source;
            var code = CellCode.Translate(where, source, app, isParameters);
            foreach (var (declaredName, line) in code.Scopes.TopLevel)
            {
                if (declared.TryGetValue(declaredName, out var first))
                    throw new ExportException(
                        $"{where}, line {line} declares '{declaredName}' again ({first} declares it); the kernel allows that, a file-based app has one scope for all cells: rename one.");
                declared[declaredName] = $"{where}, line {line}";
            }
            nested.AddRange(code.Scopes.Nested.Select(n => (n.Name, $"{where}, line {n.Line}")));
            usings.AddRange(code.Usings);
            packages.AddRange(code.Packages);
            types.AddRange(code.Types);
            body.Append('\n').Append($"{app}.Cell({number});").Append('\n');
            if (code.Statements.Length > 0)
                body.Append(code.Statements).Append('\n');
        }

        foreach (var (nestedName, at) in nested)
            if (declared.TryGetValue(nestedName, out var top))
                throw new ExportException(
                    $"{at} declares '{nestedName}' inside a block, and {top} declares it at top level; the kernel allows that, " +
                    "a file-based app has one scope for all cells: rename one.");

        var text = new StringBuilder();
        text.Append($"// {name}: the notebook {Relative(appDirectory, notebook.Path ?? name + ".ipynb")} as a .NET file-based app, written by\n");
        text.Append("// `deep-clustering export`; export again after changing the notebook. Run it with\n");
        text.Append($"//   dotnet run {Path.GetFileName(appPath)} -- --param name=value ...   (--help lists the parameters)\n");
        text.Append($"// Text goes to the console; what the cells display goes to {name}.html beside this file.\n");
        text.Append($"#:project {Relative(appDirectory, appsProject)}\n");
        foreach (var package in packages.Distinct(StringComparer.Ordinal))
            text.Append($"#:package {package}\n");
        // As the kernel compiles notebook code: nullable annotations off, no implicit usings (the kernel's own are below).
        text.Append("#:property Nullable=disable\n#:property ImplicitUsings=disable\n\n");
        foreach (var directive in usings.Distinct(StringComparer.Ordinal))
            text.Append(directive).Append('\n');
        text.Append("using DeepClustering.Apps;\n\n");
        text.Append($"using var {app} = NotebookApp.Start(args, \"{name}\", notebookFolder: {Literal(Relative(appDirectory, notebookDirectory))},\n");
        text.Append($"    parametersCell: {RawLiteral(parameters)});\n");
        text.Append(body);
        foreach (var type in types)
            text.Append('\n').Append(type).Append('\n');
        return text.ToString();
    }

    private static string AppName(string notebook, IEnumerable<NotebookCell> cells)
    {
        var used = cells.SelectMany(c => CellCode.Identifiers(c.Source)).ToHashSet(StringComparer.Ordinal);
        return AppNames.FirstOrDefault(n => !used.Contains(n))
            ?? throw new ExportException($"{notebook}.ipynb uses every name the app object could take ({string.Join(", ", AppNames)}).");
    }

    private static string Comment(string markdown) =>
        string.Join("\n", markdown.TrimEnd().Replace("\r\n", "\n").Split('\n').Select(l => l.Length == 0 ? "//" : "// " + l));

    private static string Relative(string from, string to) => Path.GetRelativePath(from, Path.GetFullPath(to)).Replace('\\', '/');

    private static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);

    // A raw string literal with more quotes than any run of quotes in the text.
    private static string RawLiteral(string text)
    {
        var longest = 0;
        for (int i = 0, run = 0; i < text.Length; i++)
            longest = Math.Max(longest, run = text[i] == '"' ? run + 1 : 0);
        var quotes = new string('"', Math.Max(3, longest + 1));
        var indented = string.Join("\n", text.TrimEnd().Replace("\r\n", "\n").Split('\n').Select(l => l.Length == 0 ? "" : "    " + l));
        return $"{quotes}\n{indented}\n    {quotes}";
    }
}
