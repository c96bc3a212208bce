using DeepClustering.Cli.Output;
using DeepClustering.Reproductions;
using DeepClustering.Notebooks;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Execution;

namespace DeepClustering.Tests.Cli;

public sealed class RunVerdictTests
{
    private static CellResult Cell(int count, CellStatus status, string? error = null) =>
        new(count, $"c{count}", status == CellStatus.NotRun ? null : count, status, null, TimeSpan.Zero, "",
            error is null ? [] : [new ErrorOutput(error, "message", [])]);

    private static NotebookRunResult Run(params CellResult[] cells) =>
        new("/n/05.ipynb", null, cells, [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    private static readonly string TargetError = typeof(ExperimentTargetException).FullName!;

    [Fact]
    public void A_run_that_only_missed_its_targets_is_told_apart_from_one_that_broke_off()
    {
        Assert.Equal("succeeded", RunVerdict.Describe(Run(Cell(1, CellStatus.Succeeded), Cell(2, CellStatus.Succeeded))));

        var missed = Run(Cell(1, CellStatus.Succeeded), Cell(2, CellStatus.Failed, TargetError));
        Assert.True(RunVerdict.MissedTargetsOnly(missed));
        Assert.Equal("ran to the end; targets missed (cell 2)", RunVerdict.Describe(missed));
        Assert.Equal(RunExitCode.CellFailed, missed.ExitCode); // still a failure for scripts and CI

        var crashed = Run(Cell(1, CellStatus.Failed, "System.InvalidOperationException"), Cell(2, CellStatus.NotRun));
        Assert.False(RunVerdict.MissedTargetsOnly(crashed));
        Assert.Equal("FAILED at cell 1", RunVerdict.Describe(crashed));

        // With --allow-errors a later target check can run after a broken cell: that run did not finish its experiment.
        var both = Run(Cell(1, CellStatus.Failed, "System.IO.IOException"), Cell(2, CellStatus.Failed, TargetError));
        Assert.False(RunVerdict.MissedTargetsOnly(both));
        Assert.Equal("FAILED at cell 1", RunVerdict.Describe(both));

        Assert.Equal("TIMED OUT at cell 1", RunVerdict.Describe(Run(Cell(1, CellStatus.TimedOut, "TimeoutError"), Cell(2, CellStatus.NotRun))));
    }
}
