using DeepClustering.Tests.Golden;

namespace DeepClustering.Tests;

/// <summary>
/// The 120-column rule of lib/CONVENTIONS.md, for every C# file of lib/ and tests/. Lines written before the rule
/// was enforced are counted per file in tests/long-lines.txt; a file may only lower its count, and the baseline
/// must follow it down.
/// </summary>
public sealed class LineLengthTests
{
    private const int Columns = 120;
    private const string BaselineFile = "tests/long-lines.txt";

    [Fact]
    public void Lines_fit_in_120_columns_except_the_older_lines_counted_in_the_baseline()
    {
        var root = GoldenCase.RepositoryRoot();
        var baseline = ReadBaseline(Path.Combine(root, BaselineFile));
        var problems = new List<string>();
        foreach (var (file, lines) in LongLines(root))
        {
            var allowed = baseline.GetValueOrDefault(file);
            if (lines.Count > allowed)
                problems.Add($"{file}: {lines.Count} lines over {Columns} columns, {allowed} allowed " +
                             $"(line {string.Join(", ", lines.Take(5))}{(lines.Count > 5 ? ", ..." : "")}); wrap them");
            else if (lines.Count < allowed)
                problems.Add($"{file}: {lines.Count} lines over {Columns} columns; lower its count in {BaselineFile} " +
                             $"from {allowed} to {lines.Count}");
            baseline.Remove(file);
        }
        problems.AddRange(baseline.Where(b => b.Value > 0)
            .Select(b => $"{b.Key}: no line over {Columns} columns; remove it from {BaselineFile}"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // Files of lib/ and tests/ (no build output) with the numbers of their lines longer than the limit.
    private static IEnumerable<(string File, List<int> Lines)> LongLines(string root) =>
        new[] { "lib", "tests" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(root, dir), "*.cs", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(file => !file.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(file => (file, File.ReadLines(Path.Combine(root, file))
                .Select((text, index) => (text, number: index + 1))
                .Where(line => line.text.Length > Columns)
                .Select(line => line.number)
                .ToList()))
            .Where(x => x.Item2.Count > 0);

    private static Dictionary<string, int> ReadBaseline(string path)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            if (parts.Length != 2 || !int.TryParse(parts[1], out var count) || count < 1)
                throw new InvalidDataException(
                    $"{path}, line {number}: expected \"path<TAB>count\" with a count above 0, got \"{line}\".");
            counts.Add(parts[0], count);
        }
        return counts;
    }
}
