using System.Runtime.InteropServices;

namespace DeepClustering.Platform;

/// <summary>Finds the file the dynamic loader resolves for a shared-library name, and the versions it defines.</summary>
internal static class SystemLibrary
{
    /// <summary>The path the loader uses for <paramref name="soname"/> (e.g. libstdc++.so.6), or null when it cannot be loaded.</summary>
    public static string? Resolve(string soname)
    {
        if (!OperatingSystem.IsLinux() || !NativeLibrary.TryLoad(soname, out _)) return null;
        // The library is mapped now; /proc/self/maps names the file the loader picked.
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            var slash = line.IndexOf('/');
            if (slash >= 0 && Path.GetFileName(line[slash..]).StartsWith(soname, StringComparison.Ordinal))
                return line[slash..].Trim();
        }
        return null;
    }

    /// <summary>The version names <paramref name="path"/> defines.</summary>
    public static IReadOnlySet<string> DefinedVersions(string path) => ElfImage.Read(path).DefinedVersions();
}
