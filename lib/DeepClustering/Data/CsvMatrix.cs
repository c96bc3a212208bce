using TorchSharp;

namespace DeepClustering.Data;

/// <summary>Reads a comma-separated file of numbers, with an optional header line, as a matrix.</summary>
public static class CsvMatrix
{
    /// <summary>Every data row of <paramref name="path"/> as a float64 tensor [rows, columns]; line 1 is a header when one of its fields is not a number.</summary>
    /// <exception cref="DataFormatException">A row with another field count than line 1, a field that is not a finite number, or no data rows (file and line named).</exception>
    public static torch.Tensor Read(string path)
    {
        var first = File.ReadLines(path).FirstOrDefault();
        if (string.IsNullOrWhiteSpace(first))
            throw new DataFormatException(path, "expected comma-separated numbers (a header line first is optional), found an empty line", line: 1);
        var columns = first.Split(',').Length;
        var rows = NumericCsv.Read(path, columns, skipLines: IsNumeric(path, first, columns) ? 0 : 1);
        if (rows.Count == 0)
            throw new DataFormatException(path, "no data rows after the header; expected comma-separated numbers", line: 2);
        var values = new double[rows.Count * columns];
        for (var r = 0; r < rows.Count; r++)
            rows[r].Values.CopyTo(values, r * columns);
        return TensorFactory.Matrix(values, rows.Count, columns);
    }

    private static bool IsNumeric(string path, string line, int columns)
    {
        try
        {
            NumericCsv.ParseLine(path, line, 1, columns);
            return true;
        }
        catch (DataFormatException)
        {
            return false;
        }
    }
}
