using DeepClustering.Reproductions;
using Microsoft.Data.Analysis;

namespace DeepClustering.Display.Tables;

/// <summary>Recorded results as a DataFrame: what notebooks show as their metric table and notebook 00 as the overview.</summary>
public static class ResultsTable
{
    /// <summary>
    /// One row per result: notebook, metric, ours, reported, difference, tolerance, the target's verdict, the 95 %
    /// interval of a mean over seeds or folds, where the reported number falls against ours, seconds since the results
    /// log started, seconds of the step that produced the value (when measured).
    /// </summary>
    public static DataFrame ToDataFrame(IEnumerable<ResultEntry> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        return new DataFrame(
            new StringDataFrameColumn("notebook", list.Select(r => r.Notebook)),
            new StringDataFrameColumn("metric", list.Select(r => r.Metric)),
            new DoubleDataFrameColumn("ours", list.Select(r => (double?)r.Value)),
            new DoubleDataFrameColumn("reported", list.Select(r => r.Reported)),
            new DoubleDataFrameColumn("difference", list.Select(r => r.Difference)),
            new DoubleDataFrameColumn("tolerance", list.Select(r => r.Tolerance)),
            new StringDataFrameColumn("verdict", list.Select(ResultsOverview.Verdict)),
            new StringDataFrameColumn("95 % CI (n)", list.Select(r => r.Aggregate is { Ci95: { } ci } a ? $"{ci[0]:0.0000}-{ci[1]:0.0000} ({a.N})" : "")),
            new StringDataFrameColumn("reported vs ours", list.Select(r => r.Position?.Text ?? "")),
            new DoubleDataFrameColumn("seconds since start", list.Select(r => (double?)r.Seconds)),
            new DoubleDataFrameColumn("stage seconds", list.Select(r => r.StageSeconds)));
    }
}
