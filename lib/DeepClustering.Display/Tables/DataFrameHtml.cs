using System.Net;
using Microsoft.Data.Analysis;

namespace DeepClustering.Display.Tables;

/// <summary>Writes a DataFrame as an HTML table with a row cap.</summary>
public static class DataFrameHtml
{
    /// <summary>CSS class of the wrapper element.</summary>
    public const string TableClass = "dc-dataframe";

    /// <summary>Writes at most <paramref name="maxRows"/> rows of <paramref name="frame"/> to <paramref name="writer"/>.</summary>
    public static void Write(DataFrame frame, TextWriter writer, int maxRows)
    {
        var slice = TableSlice.From(frame, maxRows);
        writer.Write($"<div class=\"{TableClass}\"><table>\n<thead><tr><th></th>");
        foreach (string header in slice.Headers)
            writer.Write($"<th>{WebUtility.HtmlEncode(header)}</th>");
        writer.Write("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < slice.Rows.Count; r++)
        {
            writer.Write($"<tr><td><i>{r}</i></td>");
            for (int c = 0; c < slice.Headers.Count; c++)
            {
                string align = slice.NumericColumns[c] ? " style=\"text-align:right\"" : "";
                writer.Write($"<td{align}>{WebUtility.HtmlEncode(slice.Rows[r][c])}</td>");
            }
            writer.Write("</tr>\n");
        }
        writer.Write("</tbody></table>");
        if (slice.MoreRowsNote is { } note)
            writer.Write($"<p><i>{WebUtility.HtmlEncode(note)}</i></p>");
        writer.Write("</div>");
    }

    /// <summary>The HTML table as a string.</summary>
    public static string ToHtml(DataFrame frame, int maxRows = 50)
    {
        using var writer = new StringWriter();
        Write(frame, writer, maxRows);
        return writer.ToString();
    }
}
