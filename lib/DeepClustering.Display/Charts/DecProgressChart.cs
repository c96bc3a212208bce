using DeepClustering.Deep;
using DeepClustering.Display.Plotly;

namespace DeepClustering.Display.Charts;

public static partial class Charts
{
    /// <summary>
    /// DEC's self-training against the iteration, one line per run (e.g. per fold): the fraction of labels that changed
    /// at each target refresh, or with <paramref name="loss"/> the mean KL loss since the previous refresh. The refresh at
    /// iteration 0 (no previous labels, no loss yet) is left out.
    /// </summary>
    public static PlotlyFigure DecProgress(
        IReadOnlyDictionary<string, IReadOnlyList<DecProgress>> runs, bool loss = false, string? title = null, bool logY = true)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
            throw new ArgumentException("DecProgress needs at least one run.", nameof(runs));
        var shown = runs.Select(run => run.Value.Where(p => p.Iteration > 0 && double.IsFinite(loss ? p.Loss : p.DeltaLabel)).ToList()).ToList();
        var yTitle = loss ? "KL(P || Q), mean since last refresh" : "fraction of labels changed";
        var frame = new ChartFrame(title ?? (loss ? "DEC loss" : "DEC label changes per target refresh"), "iteration", yTitle) { Extra = [logY, null] };
        return PlotlyFigures.Build("Lines", frame,
            shown.Select(points => points.Select(p => (double)p.Iteration).ToArray()).ToArray(),
            shown.Select(points => points.Select(p => loss ? p.Loss : p.DeltaLabel).ToArray()).ToArray(),
            runs.Keys.ToArray(), true);
    }
}
