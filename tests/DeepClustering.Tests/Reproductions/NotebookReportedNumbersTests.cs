using System.Globalization;
using System.Text.RegularExpressions;
using DeepClustering.Reproductions;
using DeepClustering.Notebooks.Document;
using DeepClustering.Tests.Golden;

namespace DeepClustering.Tests.Reproductions;

/// <summary>
/// The notebooks take every reported number from data/reported.json: their introduction tables agree with it, their
/// code types none.
/// </summary>
public sealed partial class NotebookReportedNumbersTests
{
    public static TheoryData<string> Notebooks() => [.. ReportedNumbers.Default.Experiments.Select(e => e.Notebook)];

    private static NotebookDocument Load(string notebook) =>
        NotebookDocument.Load(Path.Combine(GoldenCase.RepositoryRoot(), "notebooks", notebook + ".ipynb"));

    /// <summary>Every value the file gives for an experiment: scalars, series values, fold values and stds.</summary>
    private static double[] Values(string notebook) =>
        [.. ReportedNumbers.For(notebook).Numbers.SelectMany(n =>
            new[] { n.Value, n.Std }.OfType<double>().Concat(n.Values ?? []).Concat(n.Folds ?? []))];

    [GeneratedRegex(@"(?<![\w.])(\d+\.\d+|\.\d+|\d+)(?!\w)")]
    private static partial Regex NumberToken();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Its_introduction_table_agrees_with_reported_json(string notebook)
    {
        var values = Values(notebook);
        var intro = Load(notebook).Cells.First(c => c.CellType == "markdown").Source;
        var rows = intro.Split('\n')
            .Where(l => l.StartsWith('|') && !l.StartsWith("|---", StringComparison.Ordinal)).Skip(1);
        foreach (var row in rows)
        {
            var percent = row.Contains('%');
            // the first column names the row
            foreach (var cell in row.Split('|', StringSplitOptions.RemoveEmptyEntries).Skip(1))
                foreach (Match token in NumberToken().Matches(cell))
                {
                    var text = token.Value;
                    var shown = double.Parse(text, CultureInfo.InvariantCulture);
                    var decimals = text.Contains('.') ? text.Length - text.IndexOf('.') - 1 : 0;
                    var half = 0.5 * Math.Pow(10, -decimals) + 1e-12;
                    Assert.True(values.Any(v => Math.Abs((percent && v <= 1 ? v * 100 : v) - shown) <= half),
                        $"{notebook}: '{text}' in the introduction row \"{row.Trim()}\" is not in data/reported.json");
                }
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void No_code_cell_types_a_reported_number(string notebook)
    {
        var numbers = ReportedNumbers.For(notebook).Numbers;
        var values = Values(notebook).Concat(numbers.Where(n => n.Percent).Select(n => n.Scalar * 100)).ToArray();
        foreach (var cell in Load(notebook).Cells.Where(c => c.IsCode))
            foreach (Match token in NumberToken().Matches(cell.Source))
            {
                // Whole numbers (k, counts) and one decimal (a momentum of 0.9) are settings, not copied results.
                if (!token.Value.Contains('.') || token.Value.Length - token.Value.IndexOf('.') < 3)
                    continue;
                var number = double.Parse(token.Value, CultureInfo.InvariantCulture);
                var decimals = token.Value.Length - token.Value.IndexOf('.') - 1;
                // with three decimals or more, a reported number rounded to the token's decimals counts
                // (0.8802 for 0.88019...)
                Assert.False(values.Any(v => Math.Abs((decimals >= 3 ? Math.Round(v, decimals) : v) - number) < 1e-9),
                    $"{notebook}: a code cell types the reported number {token.Value}; " +
                    $"read it from data/reported.json");
            }
    }
}
