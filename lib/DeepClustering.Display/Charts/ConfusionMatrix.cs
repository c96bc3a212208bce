using System.Globalization;
using DeepClustering.Display.Plotly;

namespace DeepClustering.Display.Charts;

public static partial class Charts
{
    /// <summary>A clusters x classes count matrix as a heatmap with the count written in every cell (row 0 at the top).</summary>
    public static PlotlyFigure ConfusionMatrix(
        long[,] counts, IReadOnlyList<string>? rowLabels = null, IReadOnlyList<string>? columnLabels = null,
        string title = "Confusion matrix", string rowTitle = "cluster", string columnTitle = "class")
    {
        ArgumentNullException.ThrowIfNull(counts);
        int rows = counts.GetLength(0), columns = counts.GetLength(1);
        if (rows == 0 || columns == 0)
            throw new ArgumentException("The confusion matrix is empty.", nameof(counts));
        var rowNames = Labels(rowLabels, rows, rowTitle, nameof(rowLabels));
        var columnNames = Labels(columnLabels, columns, columnTitle, nameof(columnLabels));
        var z = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Select(c => counts[r, c]).ToArray()).ToArray();
        var text = z.Select(row => row.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray()).ToArray();
        int width = Math.Clamp(160 + 48 * columns, 420, 900), height = Math.Clamp(140 + 40 * rows, 360, 900);
        return PlotlyFigures.Build("AnnotatedHeatmap", new ChartFrame(title, columnTitle, rowTitle, width, height), z, text, columnNames, rowNames);
    }

    /// <summary>The same heatmap for an int matrix.</summary>
    public static PlotlyFigure ConfusionMatrix(
        int[,] counts, IReadOnlyList<string>? rowLabels = null, IReadOnlyList<string>? columnLabels = null,
        string title = "Confusion matrix", string rowTitle = "cluster", string columnTitle = "class")
    {
        ArgumentNullException.ThrowIfNull(counts);
        var wide = new long[counts.GetLength(0), counts.GetLength(1)];
        for (int r = 0; r < wide.GetLength(0); r++)
            for (int c = 0; c < wide.GetLength(1); c++)
                wide[r, c] = counts[r, c];
        return ConfusionMatrix(wide, rowLabels, columnLabels, title, rowTitle, columnTitle);
    }

    private static string[] Labels(IReadOnlyList<string>? labels, int count, string prefix, string name)
    {
        if (labels is null)
            return Enumerable.Range(0, count).Select(i => $"{prefix} {i}").ToArray();
        if (labels.Count != count)
            throw new ArgumentException($"Expected {count} labels, got {labels.Count}.", name);
        return labels.ToArray();
    }
}
