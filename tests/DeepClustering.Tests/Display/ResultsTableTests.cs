using DeepClustering.Display.Tables;
using DeepClustering.Reproductions;

namespace DeepClustering.Tests.Display;

public sealed class ResultsTableTests
{
    [Fact]
    public void One_row_per_result_with_difference_and_verdict()
    {
        var entries = new[]
        {
            new ResultEntry("01", "majority accuracy", 0.97, 0.964, Target.AtLeast(0.964), true, "full", 1, 12.5, true),
            new ResultEntry("03", "inertia", 1234, null, null, null, "quick", 1, 3, false),
        };
        var frame = ResultsTable.ToDataFrame(entries);
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal(["notebook", "metric", "ours", "reported", "difference", "tolerance", "verdict", "95 % CI (n)", "reported vs ours", "seconds since start", "stage seconds"], frame.Columns.Select(c => c.Name));
        Assert.Equal(0.97 - 0.964, (double)frame["difference"][0]!, 12);
        Assert.Equal("pass", frame["verdict"][0]);
        Assert.Null(frame["reported"][1]);
        Assert.Equal("- (not comparable)", frame["verdict"][1]);
        Assert.Contains("<td style=\"text-align:right\"></td>", DataFrameHtml.ToHtml(frame)); // a missing number is an empty cell
    }
}
