namespace DeepClustering.Metrics;

/// <summary>Counts of samples per (cluster, class) pair: rows are clusters, columns are classes.</summary>
public sealed class ConfusionMatrix
{
    private ConfusionMatrix(int[] clusters, int[] classes, long[,] counts, long total)
    {
        Clusters = clusters;
        Classes = classes;
        Counts = counts;
        Total = total;
    }

    /// <summary>The cluster label of each row, ascending.</summary>
    public int[] Clusters { get; }

    /// <summary>The class label of each column, ascending.</summary>
    public int[] Classes { get; }

    /// <summary>Counts[row, column]: samples of cluster Clusters[row] whose true class is Classes[column].</summary>
    public long[,] Counts { get; }

    /// <summary>The number of samples.</summary>
    public long Total { get; }

    /// <summary>The number of clusters (rows).</summary>
    public int RowCount => Clusters.Length;

    /// <summary>The number of classes (columns).</summary>
    public int ColumnCount => Classes.Length;

    /// <summary>Builds the matrix of predicted clusters against true classes.</summary>
    /// <exception cref="ArgumentException">The label sequences differ in length.</exception>
    public static ConfusionMatrix Create(ReadOnlySpan<int> labelsTrue, ReadOnlySpan<int> labelsPred)
    {
        LabelEncoding.EnsureSameLength(labelsTrue, labelsPred);
        var classes = LabelEncoding.Encode(labelsTrue);
        var clusters = LabelEncoding.Encode(labelsPred);
        var counts = new long[clusters.Count, classes.Count];
        for (var i = 0; i < labelsTrue.Length; i++) counts[clusters.Codes[i], classes.Codes[i]]++;
        return new ConfusionMatrix(clusters.Classes, classes.Classes, counts, labelsTrue.Length);
    }

    /// <summary>Row sums (cluster sizes).</summary>
    public long[] RowSums() => Sums(byRow: true);

    /// <summary>Column sums (class sizes).</summary>
    public long[] ColumnSums() => Sums(byRow: false);

    /// <summary>The one-to-one cluster-to-class matching that maximises matched samples (Hungarian): Match[row] = column or -1.</summary>
    public int[] Match()
    {
        var profit = new double[RowCount, ColumnCount];
        for (var r = 0; r < RowCount; r++)
            for (var c = 0; c < ColumnCount; c++) profit[r, c] = Counts[r, c];
        return LinearAssignment.Maximize(profit);
    }

    /// <summary>
    /// The matrix with its rows reordered so that the cluster matched to class j sits in row j; unmatched clusters follow
    /// in ascending label order (the layout a matched confusion-matrix heatmap shows).
    /// </summary>
    public ConfusionMatrix Matched()
    {
        var match = Match();
        var order = new List<int>(RowCount);
        for (var c = 0; c < ColumnCount; c++)
        {
            var row = Array.IndexOf(match, c);
            if (row >= 0) order.Add(row);
        }
        for (var r = 0; r < RowCount; r++)
            if (match[r] < 0) order.Add(r);
        var counts = new long[RowCount, ColumnCount];
        var clusters = new int[RowCount];
        for (var i = 0; i < order.Count; i++)
        {
            clusters[i] = Clusters[order[i]];
            for (var c = 0; c < ColumnCount; c++) counts[i, c] = Counts[order[i], c];
        }
        return new ConfusionMatrix(clusters, Classes, counts, Total);
    }

    /// <summary>The counts as jagged rows (convenient for JSON and tables).</summary>
    public long[][] ToRows()
    {
        var rows = new long[RowCount][];
        for (var r = 0; r < RowCount; r++)
        {
            rows[r] = new long[ColumnCount];
            for (var c = 0; c < ColumnCount; c++) rows[r][c] = Counts[r, c];
        }
        return rows;
    }

    private long[] Sums(bool byRow)
    {
        var sums = new long[byRow ? RowCount : ColumnCount];
        for (var r = 0; r < RowCount; r++)
            for (var c = 0; c < ColumnCount; c++) sums[byRow ? r : c] += Counts[r, c];
        return sums;
    }
}
