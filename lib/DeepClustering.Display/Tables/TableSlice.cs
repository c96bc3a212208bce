using Microsoft.Data.Analysis;

namespace DeepClustering.Display.Tables;

/// <summary>The first rows of a DataFrame as formatted cell text, plus how many rows were left out.</summary>
internal sealed record TableSlice(IReadOnlyList<string> Headers, IReadOnlyList<bool> NumericColumns, IReadOnlyList<string[]> Rows, long OmittedRows)
{
    /// <summary>Takes at most <paramref name="maxRows"/> rows of <paramref name="frame"/>.</summary>
    public static TableSlice From(DataFrame frame, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var columns = frame.Columns;
        var headers = columns.Select(c => c.Name).ToArray();
        var numeric = columns.Select(c => c.IsNumericColumn()).ToArray();
        long shown = Math.Min(frame.Rows.Count, maxRows);
        var rows = new List<string[]>((int)shown);
        for (long r = 0; r < shown; r++)
        {
            var cells = new string[columns.Count];
            for (int c = 0; c < columns.Count; c++)
                cells[c] = CellText.Format(columns[c][r]);
            rows.Add(cells);
        }
        return new TableSlice(headers, numeric, rows, frame.Rows.Count - shown);
    }

    /// <summary>The note shown under a truncated table, or null when every row is shown.</summary>
    public string? MoreRowsNote =>
        OmittedRows > 0 ? $"… {OmittedRows} more rows ({Rows.Count + OmittedRows} in all)" : null;
}
