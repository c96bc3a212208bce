using System.Globalization;

namespace DeepClustering.Data;

/// <summary>Breast Cancer Wisconsin (Diagnostic) in scikit-learn's CSV layout: 569 samples, 30 real features, target 0 = malignant, 1 = benign.</summary>
public static class BreastCancerDiagnostic
{
    /// <summary>The data set's name in the manifest.</summary>
    public const string Name = "breast-cancer-wisconsin-diagnostic";

    /// <summary>The file name in a data directory.</summary>
    public const string FileName = "wdbc-diagnostic.csv";

    /// <summary>The 30 feature names as scikit-learn gives them (mean, error and worst of ten measurements).</summary>
    public static IReadOnlyList<string> FeatureNames { get; } = BuildFeatureNames();

    /// <summary>Loads the CSV: the first line is <c>n_samples,n_features,class names...</c>, then one row of features plus the target per sample. Labels keep scikit-learn's coding.</summary>
    /// <param name="dataDir">A directory to search first (a root with <c>breast-cancer-wisconsin/</c> or the folder itself).</param>
    /// <param name="locator">The search and download policy; <see cref="DataLocator.Default"/> when null.</param>
    /// <exception cref="DataFormatException">A malformed header, a row with another field count or a non-numeric field, a target outside the classes, or a row count that disagrees with the header (line named).</exception>
    public static LabeledTable Load(string? dataDir = null, DataLocator? locator = null)
    {
        var located = (locator ?? DataLocator.Default).Locate(Name, [FileName], dataDir);
        var path = located.Paths[0];
        var (samples, features, classNames) = ReadHeader(path);
        var rows = NumericCsv.Read(path, fieldCount: features + 1, skipLines: 1);
        if (rows.Count != samples)
            throw new DataFormatException(path, $"the header announces {samples} samples, the file has {rows.Count} rows", line: rows.Count > samples ? rows[samples].Line : 1 + rows.Count + 1);
        var values = new double[samples * features];
        var labels = new long[samples];
        for (var i = 0; i < samples; i++)
        {
            var row = rows[i].Values;
            var target = row[features];
            if (target != Math.Floor(target) || target < 0 || target >= classNames.Count)
                throw new DataFormatException(path, $"target (field {features + 1}) is {target.ToString(CultureInfo.InvariantCulture)}; expected an integer 0..{classNames.Count - 1}", line: rows[i].Line);
            labels[i] = (long)target;
            Array.Copy(row, 0, values, i * features, features);
        }
        var names = features == FeatureNames.Count ? FeatureNames : Enumerable.Range(1, features).Select(f => $"feature {f}").ToList();
        return new LabeledTable(Name, TensorFactory.Matrix(values, samples, features), TensorFactory.Labels(labels),
            names, classNames, rows.Select(r => r.Line).ToList(), located.Location.Describe(path));
    }

    private static (int Samples, int Features, IReadOnlyList<string> ClassNames) ReadHeader(string path)
    {
        var first = File.ReadLines(path).FirstOrDefault()
            ?? throw new DataFormatException(path, "the file is empty; expected a header 'n_samples,n_features,class names...'", line: 1);
        var fields = first.Split(',').Select(f => f.Trim()).ToArray();
        if (fields.Length < 4 || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var samples)
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var features) || features < 1)
            throw new DataFormatException(path, $"expected a header 'n_samples,n_features,class names...' (e.g. 569,30,malignant,benign), found '{first}'", line: 1);
        return (samples, features, fields[2..]);
    }

    private static List<string> BuildFeatureNames()
    {
        string[] measures = ["radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity", "concave points", "symmetry", "fractal dimension"];
        return [.. measures.Select(m => $"mean {m}"), .. measures.Select(m => $"{m} error"), .. measures.Select(m => $"worst {m}")];
    }
}
