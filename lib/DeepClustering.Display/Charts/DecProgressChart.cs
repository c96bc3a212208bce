using DeepClustering.Deep;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace DeepClustering.Display.Charts;

public static partial class Charts
{
    /// <summary>
    /// DEC's self-training against the iteration, one line per run (e.g. per fold): the fraction of labels that changed
    /// at each target refresh, or with <paramref name="loss"/> the mean KL loss since the previous refresh. The refresh at
    /// iteration 0 (no previous labels, no loss yet) is left out.
    /// </summary>
    public static GenericChart DecProgress(
        IReadOnlyDictionary<string, IReadOnlyList<DecProgress>> runs, bool loss = false, string? title = null, bool logY = true)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
            throw new ArgumentException("DecProgress needs at least one run.", nameof(runs));
        var lines = runs.Select(run =>
        {
            var points = run.Value.Where(p => p.Iteration > 0 && double.IsFinite(loss ? p.Loss : p.DeltaLabel)).ToList();
            return Chart.Line<int, double, string>(
                points.Select(p => p.Iteration), points.Select(p => loss ? p.Loss : p.DeltaLabel), Name: run.Key, ShowLegend: true, ShowMarkers: true);
        });
        var yTitle = loss ? "KL(P || Q), mean since last refresh" : "fraction of labels changed";
        return ChartLayout.Apply(Chart.Combine(lines), title ?? (loss ? "DEC loss" : "DEC label changes per target refresh"), "iteration", yTitle, logY: logY);
    }
}
