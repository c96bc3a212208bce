using DeepClustering.IO;

namespace DeepClustering.Platform;

/// <summary>
/// Marks version needs that the system's shared library lacks as weak (VER_FLG_WEAK), but only when every symbol
/// bound to such a version is a known link marker that the program never calls.
/// </summary>
/// <remarks>
/// TorchSharp 0.107.0's libLibTorchSharp.so was linked against GCC 13's libstdc++ and so requires GLIBCXX_3.4.32,
/// which Debian 12 and Ubuntu 22.04 do not have. The only symbol of that version is
/// <c>_ZSt21ios_base_library_initv</c>, a marker GCC 13 emits to pull in iostream initialisation; it has no
/// relocation, so the library runs fine once the loader stops insisting on the version.
/// </remarks>
internal static class WeakVersionPatch
{
    private static readonly HashSet<string> LinkMarkers = new(StringComparer.Ordinal) { "_ZSt21ios_base_library_initv" };

    /// <summary>The needs of <paramref name="image"/> on <paramref name="library"/> that <paramref name="available"/> does not define and that are not weak yet.</summary>
    public static IReadOnlyList<VersionNeed> MissingNeeds(ElfImage image, string library, IReadOnlySet<string> available) =>
        image.NeededVersions()
            .Where(n => n.File == library && !n.IsWeak && !available.Contains(n.Version))
            .ToList();

    /// <summary>
    /// Patches <paramref name="path"/> in place (atomically) so it loads against a <paramref name="library"/> that
    /// defines only <paramref name="available"/>; returns the versions it weakened (empty when nothing was needed).
    /// </summary>
    /// <exception cref="TorchRuntimeException">A missing version is used by a real symbol, so weakening it is unsafe.</exception>
    public static IReadOnlyList<string> Apply(string path, string library, IReadOnlySet<string> available)
    {
        var image = ElfImage.Read(path);
        var missing = MissingNeeds(image, library, available);
        if (missing.Count == 0) return [];

        foreach (var need in missing)
        {
            var users = image.SymbolsWithVersionIndex(need.Index).Where(s => !LinkMarkers.Contains(s)).ToList();
            if (users.Count > 0)
                throw new TorchRuntimeException(
                    $"{path} needs {need.Version} from {library}, which this system's {library} does not provide, and uses it for " +
                    $"{users.Count} real symbol(s) ({string.Join(", ", users.Take(5))}). It cannot be patched safely: install a " +
                    $"{library} that provides {need.Version} (GCC 13 or newer) or use a TorchSharp build made for this system.");
            image.SetFlags(need, (ushort)(need.Flags | VersionNeed.WeakFlag));
        }

        AtomicFile.Replace(path, image.Bytes);
        return missing.Select(n => n.Version).ToList();
    }
}
