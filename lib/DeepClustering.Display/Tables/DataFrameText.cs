using Microsoft.Data.Analysis;

namespace DeepClustering.Display.Tables;

/// <summary>Writes a DataFrame as aligned plain text with a row cap.</summary>
public static class DataFrameText
{
    /// <summary>Writes at most <paramref name="maxRows"/> rows of <paramref name="frame"/> to <paramref name="writer"/>.</summary>
    public static void Write(DataFrame frame, TextWriter writer, int maxRows)
    {
        var slice = TableSlice.From(frame, maxRows);
        int columns = slice.Headers.Count;
        var widths = new int[columns];
        for (int c = 0; c < columns; c++)
            widths[c] = slice.Rows.Select(row => row[c].Length).Append(slice.Headers[c].Length).Max();
        writer.WriteLine(string.Join("  ", Enumerable.Range(0, columns).Select(c => Pad(slice.Headers[c], widths[c], slice.NumericColumns[c]))));
        foreach (var row in slice.Rows)
            writer.WriteLine(string.Join("  ", Enumerable.Range(0, columns).Select(c => Pad(row[c], widths[c], slice.NumericColumns[c]))));
        if (slice.MoreRowsNote is { } note)
            writer.WriteLine(note);
    }

    /// <summary>The text table as a string.</summary>
    public static string ToText(DataFrame frame, int maxRows = 50)
    {
        using var writer = new StringWriter();
        Write(frame, writer, maxRows);
        return writer.ToString();
    }

    private static string Pad(string text, int width, bool right) => right ? text.PadLeft(width) : text.PadRight(width);
}
