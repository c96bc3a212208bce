namespace DeepClustering.Data;

/// <summary>The header of an IDX file: element type and dimensions (the first dimension counts the items).</summary>
/// <param name="ElementType">The type of each element.</param>
/// <param name="Dimensions">The sizes of the dimensions, outermost first.</param>
public sealed record IdxHeader(IdxElementType ElementType, IReadOnlyList<int> Dimensions)
{
    /// <summary>The header's length in bytes: the 4-byte magic plus 4 bytes per dimension.</summary>
    public int Length => 4 + 4 * Dimensions.Count;

    /// <summary>The size of one element in bytes.</summary>
    public int ElementSize => ElementType switch
    {
        IdxElementType.UInt8 or IdxElementType.Int8 => 1,
        IdxElementType.Int16 => 2,
        IdxElementType.Int32 or IdxElementType.Float32 => 4,
        _ => 8,
    };

    /// <summary>The number of elements the dimensions describe.</summary>
    public long ElementCount => Dimensions.Aggregate(1L, (product, d) => product * d);

    /// <summary>The number of data bytes that must follow the header.</summary>
    public long DataLength => ElementCount * ElementSize;

    /// <summary>The dimensions as text, e.g. <c>60000 x 28 x 28</c>.</summary>
    public string Describe() => string.Join(" x ", Dimensions);
}
