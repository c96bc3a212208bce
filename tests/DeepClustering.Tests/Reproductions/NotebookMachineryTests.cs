using System.Text.RegularExpressions;
using DeepClustering.Notebooks.Document;
using DeepClustering.Tests.Golden;

namespace DeepClustering.Tests.Reproductions;

/// <summary>
/// The notebooks tell the story and call the library: no function, no cache key, no profile ternary, and no code cell
/// over 15 lines (lib/CONVENTIONS.md).
/// </summary>
public sealed partial class NotebookMachineryTests
{
    private const int MaxCellLines = 15;

    public static TheoryData<string> Notebooks() =>
        [.. Directory.GetFiles(Path.Combine(GoldenCase.RepositoryRoot(), "notebooks"), "0*.ipynb").Order()];

    // A declaration such as "double Reported(ReportedNumber values, int f) =>": a type, a name, typed parameters.
    [GeneratedRegex(@"^\s*(?:static\s+)?[A-Za-z_][\w.]*(?:<[^>()]*>)?(?:\[\])?\??\s+[A-Za-z_]\w*\s*" +
        @"\((?:\s*[A-Za-z_][\w.]*(?:<[^>()]*>)?(?:\[\])?\??\s+[a-z_]\w*\s*,?)*\)\s*(?:=>|\{|$)",
        RegexOptions.Multiline)]
    private static partial Regex FunctionDeclaration();

    [GeneratedRegex(@"\bIsFull\b|profile\s*==")]
    private static partial Regex ProfileBranch();

    [GeneratedRegex(@"ModelCache\.Key|GetOrTrain|CacheIdentity")]
    private static partial Regex CacheKey();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Its_code_cells_hold_no_machinery(string path)
    {
        var problems = new List<string>();
        var cells = NotebookDocument.Load(path).Cells.Select((cell, i) => (cell, i)).Where(c => c.cell.IsCode);
        foreach (var (cell, i) in cells)
        {
            var source = cell.Source;
            var lines = source.TrimEnd('\n').Split('\n').Length;
            if (lines > MaxCellLines) problems.Add($"cell {i}: {lines} lines (at most {MaxCellLines})");
            foreach (Match m in FunctionDeclaration().Matches(source))
                problems.Add($"cell {i}: defines a function: {m.Value.Trim()}");
            if (ProfileBranch().Match(source) is { Success: true } branch)
                problems.Add($"cell {i}: branches on the profile ({branch.Value}); read the protocol record instead");
            if (CacheKey().Match(source) is { Success: true } key)
                problems.Add($"cell {i}: builds a cache key ({key.Value}); call a cached fit instead");
        }
        Assert.True(problems.Count == 0, $"{Path.GetFileName(path)}:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_function_pattern_finds_declarations_and_leaves_calls_alone()
    {
        Assert.Matches(FunctionDeclaration(), "double? Reported(ReportedNumber values, int f) => 1;");
        Assert.Matches(FunctionDeclaration(), "AutoencoderFold ClusterFold(Fold fold, torch.Tensor train)");
        Assert.Matches(FunctionDeclaration(), "static int[] Ours(double[] values) {");
        Assert.DoesNotMatch(FunctionDeclaration(), "foreach (var fold in splits)");
        Assert.DoesNotMatch(FunctionDeclaration(), "new DataFrame(");
        Assert.DoesNotMatch(FunctionDeclaration(), "var aeFolds = new List<AutoencoderFold>();");
        Assert.DoesNotMatch(FunctionDeclaration(), "display(Charts.TrainingCurves(autoencoder.Training, logY: true,");
    }
}
