using DeepClustering.Reproductions;
using Microsoft.Data.Analysis;

namespace DeepClustering.Display.Tables;

/// <summary>The closing step of every experiment notebook: write its results and show them as a table.</summary>
public static class ResultsWriter
{
    /// <summary>Saves <paramref name="log"/> to <paramref name="resultsDirectory"/>, says where, and returns its table.</summary>
    public static DataFrame Write(ExperimentLog log, string resultsDirectory, TextWriter? output = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var path = log.Save(resultsDirectory);
        (output ?? Console.Out).WriteLine($"results: {path}{(log.Comparable ? "" : " (stand-in data: not comparable)")}");
        return ResultsTable.ToDataFrame(log.Entries);
    }
}
