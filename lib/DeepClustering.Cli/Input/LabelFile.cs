using System.Globalization;
using DeepClustering.Data;
using DeepClustering.IO;

namespace DeepClustering.Cli.Input;

/// <summary>Label files: one integer per line (blank lines ignored).</summary>
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
        foreach (var line in File.ReadLines(file.FullName))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (!int.TryParse(line.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var label))
                throw new DataFormatException(file.FullName, $"expected an integer label, found '{line.Trim()}'", line: lineNumber);
            labels.Add(label);
        }
        if (labels.Count == 0) throw new DataFormatException(file.FullName, "no labels; expected one integer per line");
        return labels.ToArray();
    }

    /// <summary>Writes one label per line, atomically.</summary>
    public static void Write(FileInfo file, IEnumerable<int> labels) =>
        AtomicFile.WriteAllText(file.FullName, string.Concat(labels.Select(l => l.ToString(CultureInfo.InvariantCulture) + "\n")));
}
