using System.Buffers.Binary;
using System.Text;

namespace DeepClustering.Platform;

/// <summary>
/// A read-only view of a little-endian ELF64 shared object, enough to read and edit its GNU symbol-version tables.
/// </summary>
/// <remarks>
/// Hand-written on purpose: no maintained .NET ELF library is available from our package mirror, and the
/// TorchSharp native fix only needs the section headers, the dynamic symbols and the version sections.
/// </remarks>
internal sealed class ElfImage
{
    private const uint SectionTypeDynSym = 11;
    private const uint SectionTypeVerDef = 0x6ffffffd;
    private const uint SectionTypeVerNeed = 0x6ffffffe;
    private const uint SectionTypeVerSym = 0x6fffffff;

    private readonly byte[] _bytes;
    private readonly List<Section> _sections;

    private ElfImage(string path, byte[] bytes, List<Section> sections)
    {
        Path = path;
        _bytes = bytes;
        _sections = sections;
    }

    /// <summary>The file the image was read from.</summary>
    public string Path { get; }

    /// <summary>The raw bytes of the file; edits made through this class land here.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>Reads and validates an ELF64 little-endian file.</summary>
    public static ElfImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[2] != (byte)'L' || bytes[3] != (byte)'F')
            throw new InvalidDataException($"{path}: offset 0: expected the ELF magic 7f 45 4c 46.");
        if (bytes[4] != 2 || bytes[5] != 1)
            throw new InvalidDataException($"{path}: offset 4: expected a 64-bit little-endian ELF file (class 2, data 1), found class {bytes[4]}, data {bytes[5]}.");

        var shoff = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(0x28));
        var shentsize = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x3a));
        var shnum = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x3c));
        if (shentsize != 64 || shoff + (ulong)shnum * 64 > (ulong)bytes.Length)
            throw new InvalidDataException($"{path}: offset 0x28: section header table (offset {shoff}, {shnum} x {shentsize} bytes) does not fit a file of {bytes.Length} bytes.");

        var sections = new List<Section>(shnum);
        for (var i = 0; i < shnum; i++)
        {
            var h = bytes.AsSpan((int)shoff + i * 64, 64);
            var section = new Section(
                Type: BinaryPrimitives.ReadUInt32LittleEndian(h[4..]),
                Offset: (long)BinaryPrimitives.ReadUInt64LittleEndian(h[24..]),
                Size: (long)BinaryPrimitives.ReadUInt64LittleEndian(h[32..]),
                Link: BinaryPrimitives.ReadUInt32LittleEndian(h[40..]),
                Info: BinaryPrimitives.ReadUInt32LittleEndian(h[44..]));
            if (section.Type != 8 /* SHT_NOBITS */ && section.Offset + section.Size > bytes.Length)
                throw new InvalidDataException($"{path}: offset {shoff + (ulong)i * 64}: section {i} (offset {section.Offset}, size {section.Size}) runs past the end of the file.");
            sections.Add(section);
        }
        return new ElfImage(path, bytes, sections);
    }

    /// <summary>The version names this object defines (<c>.gnu.version_d</c>), e.g. GLIBCXX_3.4.30.</summary>
    public IReadOnlySet<string> DefinedVersions()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in _sections.Where(s => s.Type == SectionTypeVerDef))
        {
            var strtab = _sections[(int)section.Link];
            var offset = section.Offset;
            for (var i = 0; i < section.Info; i++)
            {
                var count = U16(offset + 6);
                var aux = offset + U32(offset + 12);
                if (count > 0)
                    names.Add(String(strtab, U32(aux)));
                var next = U32(offset + 16);
                if (next == 0) break;
                offset += next;
            }
        }
        return names;
    }

    /// <summary>Every version this object needs from another object (<c>.gnu.version_r</c>).</summary>
    public IReadOnlyList<VersionNeed> NeededVersions()
    {
        var needs = new List<VersionNeed>();
        foreach (var section in _sections.Where(s => s.Type == SectionTypeVerNeed))
        {
            var strtab = _sections[(int)section.Link];
            var offset = section.Offset;
            for (var i = 0; i < section.Info; i++)
            {
                var file = String(strtab, U32(offset + 4));
                var count = U16(offset + 2);
                var aux = offset + U32(offset + 8);
                for (var j = 0; j < count; j++)
                {
                    needs.Add(new VersionNeed(file, String(strtab, U32(aux + 8)), U16(aux + 4), U16(aux + 6), aux + 4));
                    var auxNext = U32(aux + 12);
                    if (auxNext == 0) break;
                    aux += auxNext;
                }
                var next = U32(offset + 12);
                if (next == 0) break;
                offset += next;
            }
        }
        return needs;
    }

    /// <summary>Names of the dynamic symbols bound to the given version index (through <c>.gnu.version</c>).</summary>
    public IReadOnlyList<string> SymbolsWithVersionIndex(ushort versionIndex)
    {
        var dynsym = _sections.FirstOrDefault(s => s.Type == SectionTypeDynSym);
        var versym = _sections.FirstOrDefault(s => s.Type == SectionTypeVerSym);
        if (dynsym is null || versym is null) return [];
        var strtab = _sections[(int)dynsym.Link];
        var count = Math.Min(dynsym.Size / 24, versym.Size / 2);
        var names = new List<string>();
        for (long i = 0; i < count; i++)
        {
            if ((U16(versym.Offset + 2 * i) & 0x7fff) == versionIndex)
                names.Add(String(strtab, U32(dynsym.Offset + 24 * i)));
        }
        return names;
    }

    /// <summary>Sets the flags field of a needed version, in memory.</summary>
    public void SetFlags(VersionNeed need, ushort flags) =>
        BinaryPrimitives.WriteUInt16LittleEndian(_bytes.AsSpan((int)need.FlagsOffset), flags);

    private ushort U16(long offset) => BinaryPrimitives.ReadUInt16LittleEndian(_bytes.AsSpan((int)offset));

    private uint U32(long offset) => BinaryPrimitives.ReadUInt32LittleEndian(_bytes.AsSpan((int)offset));

    private string String(Section strtab, uint index)
    {
        var start = strtab.Offset + index;
        if (index >= strtab.Size)
            throw new InvalidDataException($"{Path}: offset {start}: string index {index} is outside its string table of {strtab.Size} bytes.");
        var span = _bytes.AsSpan((int)start, (int)(strtab.Size - index));
        var end = span.IndexOf((byte)0);
        return Encoding.ASCII.GetString(end < 0 ? span : span[..end]);
    }

    private sealed record Section(uint Type, long Offset, long Size, uint Link, uint Info);
}

/// <summary>One entry of an ELF object's version needs: a version of a file it links against.</summary>
/// <param name="File">The needed shared object, e.g. libstdc++.so.6.</param>
/// <param name="Version">The version name, e.g. GLIBCXX_3.4.32.</param>
/// <param name="Flags">The <c>vna_flags</c> value; bit 0x2 (VER_FLG_WEAK) makes the need optional.</param>
/// <param name="Index">The version index symbols refer to (<c>vna_other</c>).</param>
/// <param name="FlagsOffset">Byte offset of the flags field in the file.</param>
internal sealed record VersionNeed(string File, string Version, ushort Flags, ushort Index, long FlagsOffset)
{
    /// <summary>The VER_FLG_WEAK bit: the dynamic loader does not fail when the version is absent.</summary>
    public const ushort WeakFlag = 0x2;

    /// <summary>Whether the need is already marked weak.</summary>
    public bool IsWeak => (Flags & WeakFlag) != 0;
}
