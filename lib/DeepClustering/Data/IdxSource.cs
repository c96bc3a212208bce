using System.Buffers.Binary;
using System.IO.Compression;

namespace DeepClustering.Data;

/// <summary>An open IDX file positioned after its header; reads the data into a caller's buffer (so several files fill one array).</summary>
internal sealed class IdxSource : IDisposable
{
    private readonly Stream _stream;

    private IdxSource(string path, Stream stream, IdxHeader header, bool compressed)
    {
        Path = path;
        _stream = stream;
        Header = header;
        Compressed = compressed;
    }

    /// <summary>The file path, for messages.</summary>
    public string Path { get; }

    /// <summary>The parsed header.</summary>
    public IdxHeader Header { get; }

    /// <summary>Whether the file is gzip-compressed.</summary>
    public bool Compressed { get; }

    /// <summary>Opens <paramref name="path"/>, reads and checks the header (unsigned bytes and the given rank when <paramref name="expectedRank"/> is set) and, for raw files, the file length.</summary>
    public static IdxSource Open(string path, int? expectedRank)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        try
        {
            Span<byte> signature = stackalloc byte[2];
            var compressed = file.ReadAtLeast(signature, 2, throwOnEndOfStream: false) == 2 && signature[0] == 0x1f && signature[1] == 0x8b;
            file.Position = 0;
            Stream stream = compressed ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: false) : file;
            var header = ReadHeader(path, stream, expectedRank);
            if (!compressed)
                CheckRawLength(path, header, file.Length);
            return new IdxSource(path, stream, header, compressed);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Reads exactly <see cref="IdxHeader.DataLength"/> bytes into <paramref name="destination"/> and checks that nothing follows.</summary>
    public void ReadData(Span<byte> destination)
    {
        if (destination.Length != Header.DataLength)
            throw new ArgumentException($"destination holds {destination.Length} bytes, the data has {Header.DataLength}", nameof(destination));
        var read = 0;
        try
        {
            while (read < destination.Length)
            {
                var n = _stream.Read(destination[read..]);
                if (n == 0)
                    throw new DataFormatException(Path,
                        $"file is truncated: the header ({Header.ElementType}, {Header.Describe()}) promises {Header.DataLength} data bytes after the {Header.Length}-byte header, but the {(Compressed ? "decompressed " : "")}data ends after {read}",
                        offset: Header.Length + read);
                read += n;
            }
            if (Compressed && _stream.ReadByte() != -1)
                throw new DataFormatException(Path,
                    $"the decompressed data is longer than the header ({Header.Describe()}) says: expected exactly {Header.Length + Header.DataLength} bytes",
                    offset: Header.Length + Header.DataLength);
        }
        catch (InvalidDataException e)
        {
            throw new DataFormatException(Path, CorruptGzip, offset: Header.Length + read, inner: e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    /// <summary>What a failed decompression means, instead of .NET's wording (which blames e.g. an "unsupported compression method" for any damaged byte).</summary>
    private const string CorruptGzip = "corrupt gzip data (CRC or deflate error); the file is damaged, download or copy it again";

    private static IdxHeader ReadHeader(string path, Stream stream, int? expectedRank)
    {
        Span<byte> magic = stackalloc byte[4];
        var got = ReadFully(path, stream, magic, 0);
        if (got < 4)
            throw new DataFormatException(path, $"file is truncated: expected a 4-byte IDX magic number, found {got} bytes", offset: got);
        if (magic[0] != 0 || magic[1] != 0 || !Enum.IsDefined((IdxElementType)magic[2]) || magic[3] == 0)
            throw new DataFormatException(path,
                $"not an IDX file: expected magic 00 00 <type 08..0E> <rank 1..255>, found {Convert.ToHexString(magic)}", offset: 0);
        var type = (IdxElementType)magic[2];
        int rank = magic[3];
        if (expectedRank is { } r && (type != IdxElementType.UInt8 || rank != r))
            throw new DataFormatException(path,
                $"expected an unsigned-byte IDX file of rank {r} (magic 0000080{r}), found type {type} rank {rank} (magic {Convert.ToHexString(magic)})", offset: 0);

        var dims = new int[rank];
        Span<byte> word = stackalloc byte[4];
        long elements = 1;
        for (var i = 0; i < rank; i++)
        {
            var offset = 4 + 4 * i;
            if (ReadFully(path, stream, word, offset) < 4)
                throw new DataFormatException(path, $"file is truncated inside the header: expected {rank} dimension sizes, dimension {i} is cut off", offset: offset);
            var d = BinaryPrimitives.ReadInt32BigEndian(word);
            if (d < 0)
                throw new DataFormatException(path, $"dimension {i} is negative ({d}); expected a size >= 0", offset: offset);
            dims[i] = d;
            elements *= d;
            if (elements > Array.MaxLength)
                throw new DataFormatException(path, $"the dimensions multiply to more than {Array.MaxLength} elements, beyond what one array holds", offset: offset);
        }
        var header = new IdxHeader(type, dims);
        if (header.DataLength > Array.MaxLength)
            throw new DataFormatException(path, $"the data ({header.DataLength} bytes) exceeds what one array holds", offset: 4);
        return header;
    }

    private static void CheckRawLength(string path, IdxHeader header, long fileLength)
    {
        var expected = header.Length + header.DataLength;
        if (fileLength < expected)
            throw new DataFormatException(path,
                $"file is truncated: the header ({header.ElementType}, {header.Describe()}) needs {expected} bytes in all, the file has {fileLength}",
                offset: fileLength);
        if (fileLength > expected)
            throw new DataFormatException(path,
                $"file is longer than its header ({header.Describe()}) says: expected {expected} bytes in all, the file has {fileLength}",
                offset: expected);
    }

    private static int ReadFully(string path, Stream stream, Span<byte> buffer, long offset)
    {
        try
        {
            return stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }
        catch (InvalidDataException e)
        {
            throw new DataFormatException(path, CorruptGzip, offset: offset, inner: e);
        }
    }
}
