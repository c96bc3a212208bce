using System.Globalization;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Input;

/// <summary>Reads a comma-separated file of numbers (an optional header line first) into a float64 [rows, columns] tensor.</summary>
internal static class NumericCsv
{
    /// <summary>Every data row; the first line is taken as a header when one of its fields is not a number.</summary>
    /// <exception cref="InvalidDataException">A row with another field count or a non-numeric field (file and line named), or no rows.</exception>
    public static Tensor Read(string path)
    {
        var values = new List<double>();
        var columns = -1;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = line.Split(',');
            var parsed = new double[fields.Length];
            var bad = Array.FindIndex(fields, f => !double.TryParse(f.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            if (bad >= 0)
            {
                if (columns < 0 && lineNumber == 1) continue; // header
                throw new InvalidDataException($"{path}, line {lineNumber}, field {bad + 1}: expected a number, found '{fields[bad].Trim()}'.");
            }
            for (var i = 0; i < fields.Length; i++)
                parsed[i] = double.Parse(fields[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
            if (columns < 0) columns = fields.Length;
            else if (fields.Length != columns)
                throw new InvalidDataException($"{path}, line {lineNumber}: expected {columns} fields like the first data row, found {fields.Length}.");
            values.AddRange(parsed);
        }
        if (columns < 0) throw new InvalidDataException($"{path}: no data rows (expected comma-separated numbers, an optional header line first).");
        return torch.tensor(values.ToArray(), [values.Count / columns, columns]);
    }
}
