using System.Globalization;

namespace DeepClustering.Data;

/// <summary>
/// A k-fold split stored as text, one line per fold holding its held-out row indices, comma-separated (as experiment 5's
/// <c>crossValidation_indexes.csv</c>): fold i trains on every other line's rows and validates on line i's.
/// </summary>
public static class FoldFile
{
    /// <summary>Reads the split in <paramref name="path"/>; the lines together must be a permutation of 0..<paramref name="poolSize"/>-1.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DataFormatException">A field is not a non-negative integer, an index is out of range or repeated, the lines do not cover the pool, or there are fewer than 2 folds (line and field named).</exception>
    public static IReadOnlyList<Fold> Read(string path, int poolSize)
    {
        OptionOutOfRangeException.ThrowUnless(poolSize >= 1, nameof(poolSize), poolSize, "at least 1");
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new FileNotFoundException($"{full}: fold file not found", full);
        var lines = File.ReadAllLines(full).ToList();
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
            lines.RemoveAt(lines.Count - 1);
        if (lines.Count < 2)
            throw new DataFormatException(full, $"holds {lines.Count} fold line(s); expected at least 2 lines of comma-separated row indices");
        var owner = new int[poolSize];  // 1-based line that holds each row, 0 = none yet
        var validation = new long[lines.Count][];
        for (var l = 0; l < lines.Count; l++)
        {
            var fields = lines[l].Split(',');
            var rows = new long[fields.Length];
            for (var f = 0; f < fields.Length; f++)
            {
                var text = fields[f].Trim();
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var row))
                    throw new DataFormatException(full, $"field {f + 1} is '{Clip(text)}'; expected a non-negative integer row index", line: l + 1);
                if (row >= poolSize)
                    throw new DataFormatException(full, $"field {f + 1} is row {row}; expected an index below the pool size {poolSize}", line: l + 1);
                if (owner[row] != 0)
                    throw new DataFormatException(full, $"field {f + 1}: row {row} is already held out by line {owner[row]}; the folds must not overlap", line: l + 1);
                owner[row] = l + 1;
                rows[f] = row;
            }
            validation[l] = rows;
        }
        var missing = Array.IndexOf(owner, 0);
        if (missing >= 0)
            throw new DataFormatException(full, $"the {lines.Count} lines hold {owner.Count(o => o != 0)} of the pool's {poolSize} rows (row {missing} is in none); expected a permutation of 0..{poolSize - 1}");
        return Enumerable.Range(0, lines.Count).Select(i => KFold.FromValidation(i, poolSize, validation[i])).ToList();
    }

    /// <summary>The same folds restricted to the rows below <paramref name="poolSize"/> (a smaller pool taken from the start, as the quick profile does); each fold keeps its membership.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The smaller pool leaves a fold without rows.</exception>
    public static IReadOnlyList<Fold> Restrict(IReadOnlyList<Fold> folds, int poolSize)
    {
        ArgumentNullException.ThrowIfNull(folds);
        return folds.Select(f =>
        {
            var held = f.Validation.Where(r => r < poolSize).ToArray();
            OptionOutOfRangeException.ThrowUnless(held.Length > 0, nameof(poolSize), poolSize,
                $"large enough for fold {f.Index} to hold a row");
            return KFold.FromValidation(f.Index, poolSize, held);
        }).ToList();
    }

    private static string Clip(string text) => text.Length <= 20 ? text : text[..20] + "...";
}
