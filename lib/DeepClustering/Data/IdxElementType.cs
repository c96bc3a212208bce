namespace DeepClustering.Data;

/// <summary>The element type code in the third byte of an IDX file's magic number.</summary>
public enum IdxElementType : byte
{
    /// <summary>Unsigned byte (0x08), the type of MNIST and Fashion-MNIST.</summary>
    UInt8 = 0x08,

    /// <summary>Signed byte (0x09).</summary>
    Int8 = 0x09,

    /// <summary>Big-endian 16-bit integer (0x0B).</summary>
    Int16 = 0x0B,

    /// <summary>Big-endian 32-bit integer (0x0C).</summary>
    Int32 = 0x0C,

    /// <summary>Big-endian 32-bit float (0x0D).</summary>
    Float32 = 0x0D,

    /// <summary>Big-endian 64-bit float (0x0E).</summary>
    Float64 = 0x0E,
}
