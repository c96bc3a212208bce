namespace DeepClustering.Data;

/// <summary>Applies a <see cref="MissingValuePolicy"/> to rows whose missing values are NaN.</summary>
internal static class MissingValues
{
    /// <summary>Returns the kept rows as one row-major array; <paramref name="kept"/> receives the indices of the kept rows.</summary>
    public static double[] Apply(IReadOnlyList<double[]> rows, MissingValuePolicy policy, double imputeValue, out List<int> kept)
    {
        var columns = rows.Count == 0 ? 0 : rows[0].Length;
        var fill = new double[columns];
        if (policy == MissingValuePolicy.ImputeValue)
            Array.Fill(fill, imputeValue);
        else if (policy == MissingValuePolicy.ImputeColumnMedian)
            for (var c = 0; c < columns; c++)
                fill[c] = Median(rows.Select(r => r[c]).Where(v => !double.IsNaN(v)).ToArray());

        kept = [];
        var result = new List<double>(rows.Count * columns);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (policy == MissingValuePolicy.DropRows && row.Any(double.IsNaN))
                continue;
            kept.Add(i);
            for (var c = 0; c < columns; c++)
                result.Add(double.IsNaN(row[c]) ? fill[c] : row[c]);
        }
        return [.. result];
    }

    /// <summary>The median (mean of the two middle values for an even count); NaN for no values.</summary>
    public static double Median(double[] values)
    {
        if (values.Length == 0)
            return double.NaN;
        Array.Sort(values);
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
