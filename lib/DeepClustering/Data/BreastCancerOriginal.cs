namespace DeepClustering.Data;

/// <summary>Breast Cancer Wisconsin (Original): 699 samples, 9 integer features 1..10, class 2 = benign (label 0), 4 = malignant (label 1).</summary>
public static class BreastCancerOriginal
{
    /// <summary>The data set's name in the manifest.</summary>
    public const string Name = "breast-cancer-wisconsin-original";

    /// <summary>The official UCI file name.</summary>
    public const string UciFile = "breast-cancer-wisconsin.data";

    /// <summary>The class-sorted CSV experiment 1 trained on.</summary>
    public const string SortedCsvFile = "bcancerint_sort1.csv";

    /// <summary>The nine feature names in column order.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
    [
        "Clump Thickness", "Uniformity of Cell Size", "Uniformity of Cell Shape", "Marginal Adhesion",
        "Single Epithelial Cell Size", "Bare Nuclei", "Bland Chromatin", "Normal Nucleoli", "Mitoses",
    ];

    /// <summary>The class names by label: 0 = benign (class 2 in the files), 1 = malignant (class 4).</summary>
    public static IReadOnlyList<string> ClassNames { get; } = ["benign", "malignant"];

    /// <summary>Loads the class-sorted CSV experiment 1 used (699 rows, no header, 9 features then the class; 458 benign first).</summary>
    /// <remarks>Values are loaded as stored: the 16 missing Bare Nuclei values were stored as 0 by the experiment's author and stay 0.</remarks>
    /// <param name="dataDir">A directory to search first (a root with <c>breast-cancer-wisconsin/</c> or the folder itself).</param>
    /// <param name="locator">The search and download policy; <see cref="DataLocator.Default"/> when null. A missing file is downloaded from the experiment's own repository and checksum-verified.</param>
    /// <exception cref="DataFormatException">A row has another field count, a non-numeric field, or a class other than 2 or 4 (line named).</exception>
    public static LabeledTable LoadSortedCsv(string? dataDir = null, DataLocator? locator = null)
    {
        var located = (locator ?? DataLocator.Default).Locate(Name, [SortedCsvFile], dataDir);
        var path = located.Paths[0];
        var rows = NumericCsv.Read(path, fieldCount: 10);
        return Build(path, located.Location, rows, firstFeature: 0, MissingValuePolicy.DropRows, 0);
    }

    /// <summary>Loads the official UCI file (id, 9 features, class; <c>?</c> marks the 16 missing Bare Nuclei values) in file order, dropping the id.</summary>
    /// <param name="missing">What to do with missing values; default <see cref="MissingValuePolicy.DropRows"/> (683 rows remain).</param>
    /// <param name="imputeValue">The constant used by <see cref="MissingValuePolicy.ImputeValue"/>.</param>
    /// <param name="dataDir">A directory to search first (a root with <c>breast-cancer-wisconsin/</c> or the folder itself).</param>
    /// <param name="locator">The search and download policy; <see cref="DataLocator.Default"/> when null.</param>
    /// <exception cref="DataFormatException">A row has another field count, a non-numeric field, a missing id or class, or a class other than 2 or 4 (line named).</exception>
    public static LabeledTable LoadUci(MissingValuePolicy missing = MissingValuePolicy.DropRows, double imputeValue = 0, string? dataDir = null, DataLocator? locator = null)
    {
        var located = (locator ?? DataLocator.Default).Locate(Name, [UciFile], dataDir);
        var path = located.Paths[0];
        var rows = NumericCsv.Read(path, fieldCount: 11, missingMarker: "?");
        return Build(path, located.Location, rows, firstFeature: 1, missing, imputeValue);
    }

    private static LabeledTable Build(string path, DataLocation location, List<NumericCsv.Row> rows, int firstFeature, MissingValuePolicy missing, double imputeValue)
    {
        const int features = 9;
        var classColumn = firstFeature + features;
        foreach (var row in rows)
        {
            if (firstFeature == 1 && double.IsNaN(row.Values[0]))
                throw new DataFormatException(path, "the sample id (field 1) is missing; expected a number", line: row.Line);
            var cls = row.Values[classColumn];
            if (cls is not (2 or 4))
                throw new DataFormatException(path, $"class (field {classColumn + 1}) is {(double.IsNaN(cls) ? "missing" : cls.ToString(System.Globalization.CultureInfo.InvariantCulture))}; expected 2 (benign) or 4 (malignant)", line: row.Line);
        }
        var table = MissingValues.Apply(rows.Select(r => r.Values[firstFeature..classColumn]).ToList(), missing, imputeValue, out var kept);
        var labels = kept.Select(i => rows[i].Values[classColumn] == 4 ? 1L : 0L).ToArray();
        return new LabeledTable(Name, TensorFactory.Matrix(table, kept.Count, features), TensorFactory.Labels(labels),
            FeatureNames, ClassNames, kept.Select(i => rows[i].Line).ToList(), location.Describe(path));
    }
}
