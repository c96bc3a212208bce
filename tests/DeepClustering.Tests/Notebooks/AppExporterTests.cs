using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Export;

namespace DeepClustering.Tests.Notebooks;

public sealed class AppExporterTests
{
    private static NotebookDocument Notebook(params NotebookCell[] cells) =>
        NotebookDocument.Create(cells, "/repo/notebooks/07-example.ipynb");

    private static NotebookCell Code(string source, params string[] tags) => NotebookCell.CreateCode(CellIds.NewId(), source, tags);

    private static string Export(NotebookDocument notebook) =>
        AppExporter.Export(notebook, "/repo/artifacts/apps/07-example.cs", "/repo/lib/DeepClustering.Apps/DeepClustering.Apps.csproj");

    [Fact]
    public void Cells_become_top_level_statements_in_order_with_usings_first_and_types_last()
    {
        var app = Export(Notebook(
            NotebookCell.CreateMarkdown("m", "# Title\n\nSome *text*."),
            Code("var seed = 3;              // seeds it\nstring name = \"x\";", "parameters"),
            Code("#load \"setup.csx\"\nusing DeepClustering.Data;\nusing static System.Math;"),
            Code("record Point(double X, double Y);\nvar p = new Point(seed, 2);\ndisplay(p);\nint Twice(int v) => 2 * v;\nTwice(seed)"),
            Code("Console.WriteLine(name);\np")));

        Assert.Contains("#:project ../../lib/DeepClustering.Apps/DeepClustering.Apps.csproj\n", app);
        Assert.Contains("#:property Nullable=disable\n", app);
        Assert.Contains("notebookFolder: \"../../notebooks\"", app);
        Assert.Contains("// # Title\n//\n// Some *text*.\n", app);
        Assert.Contains("var seed = app.Parameter(\"seed\", 3);              // seeds it\n", app);
        Assert.Contains("string name = app.Parameter<string>(\"name\", \"x\");\n", app);
        Assert.Contains("app.Display(p);", app);
        Assert.Contains("app.ShowResult(() => Twice(seed));", app); // a call may return nothing: it is passed as a lambda
        Assert.Contains("app.Show(p);", app);
        Assert.DoesNotContain("#load", app);
        var usingAt = app.IndexOf("using static System.Math;", StringComparison.Ordinal);
        var startAt = app.IndexOf("NotebookApp.Start(", StringComparison.Ordinal);
        var cellAt = app.IndexOf("app.Cell(1);", StringComparison.Ordinal);
        var recordAt = app.IndexOf("record Point(double X, double Y);", StringComparison.Ordinal);
        Assert.True(usingAt < startAt && startAt < cellAt && cellAt < app.IndexOf("app.Cell(4);", StringComparison.Ordinal));
        Assert.True(recordAt > app.IndexOf("app.Show(p);", StringComparison.Ordinal), "types follow the top-level statements");
        Assert.Equal(1, CountOf(app, "using System.Linq;"));
    }

    [Fact]
    public void The_app_object_takes_a_name_no_cell_uses()
    {
        var app = Export(Notebook(Code("var app = 1;\ndisplay(app);")));
        Assert.Contains("using var notebookApp = NotebookApp.Start(", app);
        Assert.Contains("notebookApp.Display(app);", app);
    }

    [Theory]
    [InlineData("display(HTML(\"<b>x</b>\"));", "HTML(...) is a .NET Interactive kernel function")]
    [InlineData("#r \"../lib/Some.dll\"\nvar x = 1;", "'#r \"../lib/Some.dll\"' is a .NET Interactive directive")]
    [InlineData("#!fsharp\nlet x = 1", "runs in the 'fsharp' kernel")]
    [InlineData("var x = ;", "07-example.ipynb, code cell 1, line 1:")]
    public void Cells_an_app_cannot_run_are_named_with_the_reason(string source, string expected)
    {
        var error = Assert.Throws<ExportException>(() => Export(Notebook(Code(source))));
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("var clock = 1;", "var clock = 2;", "code cell 2, line 1 declares 'clock' again (07-example.ipynb, code cell 1, line 1 declares it)")]
    [InlineData("for (var i = 0; i < 2; i++) { var clock = i; }", "var clock = 2;",
        "code cell 1, line 1 declares 'clock' inside a block, and 07-example.ipynb, code cell 2, line 1 declares it at top level")]
    [InlineData("foreach (var clock in new[] { 1 }) { }", "var clock = 2;", "declares 'clock' inside a block")]
    public void Names_the_cells_share_one_scope_with_are_named(string first, string second, string expected)
    {
        var error = Assert.Throws<ExportException>(() => Export(Notebook(Code(first), Code(second))));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Lambdas_may_reuse_a_top_level_name_and_if_conditions_declare_at_top_level()
    {
        var app = Export(Notebook(
            Code("var f = new Func<int, int>(x => { var clock = x; return clock; });\nif (!int.TryParse(\"1\", out var parsed)) return;"),
            Code("var clock = 2;\nvar x = parsed;")));
        Assert.Contains("var clock = 2;", app);
    }

    [Fact]
    public void Nuget_references_become_package_directives()
    {
        var app = Export(Notebook(Code("#r \"nuget: Humanizer.Core, 2.14.1\"\nvar x = 1;")));
        Assert.Contains("#:package Humanizer.Core@2.14.1\n", app);
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}
