using System.Globalization;
using TorchSharp;

namespace DeepClustering.Data;

/// <summary>Reads a comma-separated file of numbers, with an optional header line, as a matrix.</summary>
public static class CsvMatrix
{
    /// <summary>Every data row of <paramref name="path"/> as a float64 tensor [rows, columns]; line 1 is a header only when <see cref="IsHeader"/> says so, otherwise it is data.</summary>
    /// <exception cref="DataFormatException">A row with another field count than line 1, a field that is not a finite number, or no data rows (file and line named).</exception>
    public static torch.Tensor Read(string path) => Read(path, out _);

    /// <summary>As <see cref="Read(string)"/>; <paramref name="header"/> is the skipped header line, or null when line 1 is data.</summary>
    /// <exception cref="DataFormatException">A row with another field count than line 1, a field that is not a finite number, or no data rows (file and line named).</exception>
    public static torch.Tensor Read(string path, out string? header)
    {
        var first = File.ReadLines(path).FirstOrDefault();
        if (string.IsNullOrWhiteSpace(first))
            throw new DataFormatException(path, "expected comma-separated numbers (a header line first is optional), found an empty line", line: 1);
        var fields = first.Split(',');
        var columns = fields.Length;
        header = IsHeader(fields) ? first : null;
        var rows = NumericCsv.Read(path, columns, skipLines: header is null ? 0 : 1);
        if (rows.Count == 0)
            throw new DataFormatException(path, "no data rows after the header; expected comma-separated numbers", line: 2);
        var values = new double[rows.Count * columns];
        for (var r = 0; r < rows.Count; r++)
            rows[r].Values.CopyTo(values, r * columns);
        return TensorFactory.Matrix(values, rows.Count, columns);
    }

    /// <summary>A header names every column: each field is non-empty text that does not parse as a number (<c>NaN</c> and <c>Infinity</c> parse, so a line holding them is data).</summary>
    public static bool IsHeader(IReadOnlyList<string> fields) =>
        fields.All(f => f.Trim() is { Length: > 0 } text && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
}
