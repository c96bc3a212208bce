namespace DeepClustering.Data;

/// <summary>Reads IDX files (the MNIST format), raw or gzip-compressed, checking magic, dimensions and length.</summary>
/// <remarks>
/// Hand-written because no maintained .NET package reads IDX; the format is a 4-byte magic
/// (0, 0, type, rank), one big-endian int32 per dimension, then the elements. Compression is detected from the
/// gzip signature, not the file name. Offsets in errors count bytes of the decompressed stream.
/// </remarks>
public static class IdxReader
{
    /// <summary>Reads only the header of <paramref name="path"/>.</summary>
    /// <exception cref="DataFormatException">The magic or the dimensions are malformed.</exception>
    public static IdxHeader ReadHeader(string path)
    {
        using var source = IdxSource.Open(path, expectedRank: null);
        return source.Header;
    }

    /// <summary>Reads an unsigned-byte IDX file of rank <paramref name="expectedRank"/> whole: its header and its data bytes.</summary>
    /// <exception cref="DataFormatException">Wrong magic, type or rank, or a length that disagrees with the header.</exception>
    public static (IdxHeader Header, byte[] Data) ReadBytes(string path, int expectedRank)
    {
        using var source = IdxSource.Open(path, expectedRank);
        var data = new byte[source.Header.DataLength];
        source.ReadData(data);
        return (source.Header, data);
    }
}
