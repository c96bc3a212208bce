using Microsoft.CodeAnalysis;

namespace DeepClustering.Notebooks.Execution;

/// <summary>Metadata references to the shared framework the runner runs on, so notebook code can use any framework namespace.</summary>
public static class FrameworkReferences
{
    private static readonly Lazy<IReadOnlyList<string>> Paths = new(() =>
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.GetFiles(directory, "*.dll")
            .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal))
            .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.DiaSymReader.Native", StringComparison.Ordinal))
            .Where(p => !Path.GetFileName(p).StartsWith("mscordaccore", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
    });

    private static readonly Lazy<HashSet<string>> Names = new(() =>
        new HashSet<string>(Paths.Value.Select(Path.GetFileNameWithoutExtension)!, StringComparer.OrdinalIgnoreCase));

    /// <summary>The simple names of the framework's assemblies.</summary>
    public static IReadOnlySet<string> AssemblyNames => Names.Value;

    /// <summary>Creates metadata references to every managed framework assembly.</summary>
    public static IEnumerable<MetadataReference> Create() => Paths.Value.Select(p => MetadataReference.CreateFromFile(p));
}
