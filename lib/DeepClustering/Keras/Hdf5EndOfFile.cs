using System.Buffers.Binary;

namespace DeepClustering.Keras;

/// <summary>
/// The end-of-file address an HDF5 superblock declares. Hand-written because PureHDF does not compare it with the file's
/// length: a Keras file cut short after its model weights (the optimiser state is stored last) would otherwise read as
/// whole.
/// </summary>
internal static class Hdf5EndOfFile
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'H', (byte)'D', (byte)'F', 0x0d, 0x0a, 0x1a, 0x0a];

    /// <summary>The declared length in bytes (base address + end-of-file address), or null when no superblock is found where the format allows one.</summary>
    public static ulong? Declared(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[64];
        // The superblock sits at byte 0 or, after a user block, at 512, 1024, 2048, ... bytes.
        for (long at = 0; at + head.Length <= stream.Length; at = at == 0 ? 512 : at * 2)
        {
            stream.Position = at;
            stream.ReadExactly(head);
            if (!head[..8].SequenceEqual(Signature))
                continue;
            var version = head[8];
            var (sizeOfOffsets, baseAt) = version switch
            {
                0 => (head[13], 24),
                1 => (head[13], 28),
                _ => (head[9], 12),
            };
            if (sizeOfOffsets is not (4 or 8))
                return null;
            return Address(head, baseAt, sizeOfOffsets) + Address(head, baseAt + 2 * sizeOfOffsets, sizeOfOffsets);
        }
        return null;
    }

    private static ulong Address(ReadOnlySpan<byte> head, int offset, int size) =>
        size == 8 ? BinaryPrimitives.ReadUInt64LittleEndian(head[offset..]) : BinaryPrimitives.ReadUInt32LittleEndian(head[offset..]);
}
