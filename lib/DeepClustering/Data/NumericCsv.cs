using System.Globalization;

namespace DeepClustering.Data;

/// <summary>Reads comma-separated numeric text with strict checks: the same field count on every row, numbers only (invariant culture), optional missing-value markers.</summary>
/// <remarks>
/// Hand-written on purpose: Microsoft.Data.Analysis's CSV reader infers column types and does not report the line of a
/// bad field, and the rules here are about which line is wrong and why. Blank lines at the end are ignored;
/// CRLF and LF line ends are both accepted.
/// </remarks>
internal static class NumericCsv
{
    /// <summary>The value that stands for a missing field in parsed rows.</summary>
    public const double Missing = double.NaN;

    /// <summary>One parsed row: its 1-based line number and its values (<see cref="Missing"/> where a missing marker stood).</summary>
    public readonly record struct Row(int Line, double[] Values);

    /// <summary>Reads all lines of <paramref name="path"/>, skipping the first <paramref name="skipLines"/>, each with exactly <paramref name="fieldCount"/> fields.</summary>
    /// <exception cref="DataFormatException">A row has another field count, a field is not a number, or a blank line sits between rows.</exception>
    public static List<Row> Read(string path, int fieldCount, int skipLines = 0, string? missingMarker = null)
    {
        var lines = File.ReadAllLines(path);
        var last = lines.Length;
        while (last > skipLines && string.IsNullOrWhiteSpace(lines[last - 1]))
            last--;
        var rows = new List<Row>(last);
        for (var i = skipLines; i < last; i++)
            rows.Add(new Row(i + 1, ParseLine(path, lines[i], i + 1, fieldCount, missingMarker)));
        return rows;
    }

    /// <summary>Splits and parses one line, naming the line and field in any error.</summary>
    public static double[] ParseLine(string path, string line, int lineNumber, int fieldCount, string? missingMarker = null)
    {
        var fields = line.Split(',');
        if (fields.Length != fieldCount)
            throw new DataFormatException(path, $"expected {fieldCount} comma-separated fields, found {fields.Length}", line: lineNumber);
        var values = new double[fieldCount];
        for (var f = 0; f < fieldCount; f++)
        {
            var text = fields[f].Trim();
            if (missingMarker is not null && text == missingMarker)
                values[f] = Missing;
            else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out values[f]) || !double.IsFinite(values[f]))
                throw new DataFormatException(path, $"field {f + 1} ('{text}') is not a finite number{(missingMarker is null ? "" : $" or the missing-value marker '{missingMarker}'")}", line: lineNumber);
        }
        return values;
    }
}
