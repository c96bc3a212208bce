using System.Numerics;

namespace DeepClustering.Numerics;

/// <summary>A dense row-major matrix view over a plain array: <see cref="Rows"/> samples of <see cref="Columns"/> features.</summary>
/// <typeparam name="T">The element type, <see cref="float"/> or <see cref="double"/> in this library.</typeparam>
public readonly struct Matrix<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Wraps <paramref name="data"/> (length rows x columns, row-major) without copying.</summary>
    /// <exception cref="ArgumentException">The array length is not rows x columns or a dimension is negative.</exception>
    public Matrix(T[] data, int rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(data);
        OptionOutOfRangeException.ThrowUnless(rows >= 0, nameof(rows), rows, "at least 0");
        OptionOutOfRangeException.ThrowUnless(columns >= 0, nameof(columns), columns, "at least 0");
        if ((long)rows * columns != data.LongLength)
            throw new ArgumentException($"Matrix data holds {data.LongLength} values but {rows} x {columns} = {(long)rows * columns} were expected.", nameof(data));
        Data = data;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>The row-major values.</summary>
    public T[] Data { get; }

    /// <summary>The number of rows (samples).</summary>
    public int Rows { get; }

    /// <summary>The number of columns (features).</summary>
    public int Columns { get; }

    /// <summary>Row <paramref name="i"/> as a span.</summary>
    public ReadOnlySpan<T> Row(int i) => Data.AsSpan(i * Columns, Columns);

    /// <summary>Builds a matrix from jagged rows (all of the same length).</summary>
    /// <exception cref="ArgumentException">Rows differ in length.</exception>
    public static Matrix<T> FromRows(IReadOnlyList<T[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var columns = rows.Count == 0 ? 0 : rows[0].Length;
        var data = new T[rows.Count * columns];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != columns)
                throw new ArgumentException($"Row {i} has {rows[i].Length} values; row 0 has {columns}.", nameof(rows));
            rows[i].CopyTo(data, i * columns);
        }
        return new Matrix<T>(data, rows.Count, columns);
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first NaN or infinite value, if any.</summary>
    public void EnsureFinite(string paramName)
    {
        var span = Data.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (!T.IsFinite(span[i]))
                throw new ArgumentException($"Value at row {i / Math.Max(1, Columns)}, column {i % Math.Max(1, Columns)} is {span[i]}; only finite numbers are allowed.", paramName);
        }
    }
}
