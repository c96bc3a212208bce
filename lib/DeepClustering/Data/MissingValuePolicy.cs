namespace DeepClustering.Data;

/// <summary>What a loader does with missing values (the <c>?</c> fields of the UCI Breast Cancer file).</summary>
public enum MissingValuePolicy
{
    /// <summary>Drop every row with a missing value (the default: no value is invented; the UCI Original file keeps 683 of 699 rows).</summary>
    DropRows,

    /// <summary>Replace a missing value by the median of the values present in its column.</summary>
    ImputeColumnMedian,

    /// <summary>Replace a missing value by a given constant (0 reproduces the class-sorted CSV experiment 1 used).</summary>
    ImputeValue,
}
