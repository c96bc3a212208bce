using System.Globalization;
using DeepClustering.Data;
using DeepClustering.IO;

namespace DeepClustering.Cli.Input;

/// <summary>Label files: one integer per line (blank lines only at the end).</summary>
internal static class LabelFile
{
    /// <summary>Reads the labels of <paramref name="file"/>.</summary>
    /// <exception cref="DataFormatException">A line that is not an integer (file and line named), or no labels.</exception>
    public static int[] Read(FileInfo file)
    {
        if (Directory.Exists(file.FullName)) throw new FileNotFoundException($"{file.FullName} is a folder; expected a label file (one integer per line).", file.FullName);
        if (!file.Exists) throw new FileNotFoundException($"Label file not found: {file.FullName}", file.FullName);
        var labels = new List<int>();
        var lineNumber = 0;
        int? blank = null;
        foreach (var line in File.ReadLines(file.FullName))
        {
            lineNumber++;
            if (line.Contains('\0') || line.Any(ch => char.IsControl(ch) && ch != '\t' && ch != '\r'))
                throw new DataFormatException(file.FullName, "a binary file, not a label file (expected one integer per line)", line: lineNumber);
            if (string.IsNullOrWhiteSpace(line))
            {
                blank ??= lineNumber;
                continue;
            }
            if (blank is { } gap)  // a blank line inside the labels would shift every later label by one
                throw new DataFormatException(file.FullName, "a blank line between labels; expected one integer per line", line: gap);
            if (!int.TryParse(line.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var label))
                throw new DataFormatException(file.FullName, $"expected an integer label, found '{Shown(line.Trim())}'", line: lineNumber);
            labels.Add(label);
        }
        if (labels.Count == 0) throw new DataFormatException(file.FullName, "no labels; expected one integer per line");
        return labels.ToArray();
    }

    private static string Shown(string text) => text.Length <= 40 ? text : text[..40] + "...";

    /// <summary>Writes one label per line, atomically.</summary>
    public static void Write(FileInfo file, IEnumerable<int> labels) =>
        AtomicFile.WriteAllText(file.FullName, string.Concat(labels.Select(l => l.ToString(CultureInfo.InvariantCulture) + "\n")));
}
