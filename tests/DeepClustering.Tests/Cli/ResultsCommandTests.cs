using DeepClustering.Cli.Commands;
using DeepClustering.Reproductions;
using DeepClustering.Tests.Golden;

namespace DeepClustering.Tests.Cli;

/// <summary>
/// `results`: the record's tables are generated from committed results; `--check` names a block that drifted.
/// </summary>
[Collection("Console")]
public sealed class ResultsCommandTests
{
    /// <summary>
    /// A copy of the repository's record files (the documents, data/reported.json, notebooks/results/).
    /// </summary>
    private static string CopyOfRecord()
    {
        var root = GoldenCase.RepositoryRoot();
        var copy = CliRun.TempFolder();
        File.WriteAllText(Path.Combine(copy, "DeepClustering.slnx"), "");
        foreach (var relative in ResultsCommand.Documents.Append(Path.Combine("data", "reported.json")))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, relative))!);
            File.Copy(Path.Combine(root, relative), Path.Combine(copy, relative));
        }
        var results = Path.Combine(root, "notebooks", "results");
        Directory.CreateDirectory(Path.Combine(copy, "notebooks", "results"));
        if (Directory.Exists(results))
            foreach (var file in Directory.GetFiles(results, "*.json"))
                File.Copy(file, Path.Combine(copy, "notebooks", "results", Path.GetFileName(file)));
        return copy;
    }

    [Fact]
    public void Check_passes_on_the_repository()
    {
        var (exit, _, err) = CliRun.Invoke(ResultsCommand.Create(), "--check", "--repo", GoldenCase.RepositoryRoot());
        Assert.True(exit == 0, err);
    }

    [Fact]
    public void Check_fails_naming_the_block_when_a_generated_number_is_edited_and_update_restores_it()
    {
        var copy = CopyOfRecord();
        var readme = Path.Combine(copy, "README.md");
        var original = File.ReadAllText(readme);
        var block = MarkedBlocks.Read(original.ReplaceLineEndings("\n"), ReproductionRecord.SummaryBlock, "README.md");
        File.WriteAllText(readme, original.Replace(block, block + "| 99 | edited by hand | | | |\n"));
        var (exit, _, err) = CliRun.Invoke(ResultsCommand.Create(), "--check", "--repo", copy);
        Assert.Equal(1, exit);
        Assert.Contains("README.md: block 'summary' differs", err);
        Assert.Equal(0, CliRun.Invoke(ResultsCommand.Create(), "--update", "--repo", copy).Exit);
        Assert.Equal(original.ReplaceLineEndings("\n"), File.ReadAllText(readme).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Check_fails_when_a_committed_result_is_edited()
    {
        var copy = CopyOfRecord();
        var results = Path.Combine(copy, "notebooks", "results");
        var file = Directory.GetFiles(results, "*.json").OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault();
        if (file is null) return;  // nothing committed yet: the block test above covers the check
        var text = File.ReadAllText(file);
        var at = text.IndexOf("\"value\": ", StringComparison.Ordinal) + "\"value\": ".Length;
        File.WriteAllText(file, text[..at] + "0.123456789" + text[text.IndexOfAny([',', '\n'], at)..]);
        var (exit, _, err) = CliRun.Invoke(ResultsCommand.Create(), "--check", "--repo", copy);
        Assert.Equal(1, exit);
        Assert.Contains("differs", err);
    }

    [Fact]
    public void Only_clean_full_profile_results_are_added()
    {
        var copy = CopyOfRecord();
        var log = new ExperimentLog("99-quick-run", "quick", 1);
        log.Record("x", 1);
        var quick = log.Save(CliRun.TempFolder());
        var (exit, _, err) = CliRun.Invoke(ResultsCommand.Create(), "--add", quick, "--repo", copy);
        Assert.Equal(2, exit);
        Assert.Contains("quick-profile result", err);
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(copy, "notebooks", "results")),
            f => f.EndsWith("99-quick-run.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Adding_a_file_that_does_not_exist_is_a_one_line_error()
    {
        var copy = CopyOfRecord();
        var (exit, _, err) = CliRun.Invoke(ResultsCommand.Create(), "--add", Path.Combine(copy, "nosuch.json"), "--repo", copy);
        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", err);
        Assert.Contains("nosuch.json", err);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void A_block_without_its_closing_marker_is_named_with_its_line()
    {
        var copy = CopyOfRecord();
        var readme = Path.Combine(copy, "README.md");
        File.WriteAllText(readme, File.ReadAllText(readme).Replace(MarkedBlocks.Close("summary"), ""));
        var (exit, _, err) = CliRun.Invoke(ResultsCommand.Create(), "--check", "--repo", copy);
        Assert.Equal(2, exit);
        Assert.Matches("README.md: line [0-9]+: block 'summary' is opened but no", err);
    }
}
