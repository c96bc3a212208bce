using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;

namespace DeepClustering.Notebooks.Execution;

/// <summary>Loads the assemblies notebooks reference (<c>#r</c> files, their neighbours, restored packages) once, into the
/// default load context, so every assembly has one identity in the process.</summary>
/// <remarks>Roslyn's script loader gives each assembly it loads by path a load context of its own, and was seen loading
/// FSharp.Core twice for Plotly.NET and Giraffe.ViewEngine from one bin folder, which breaks calls between them. The
/// default context is asked first by every context, so resolving here keeps one copy, shared with the runner's own
/// assemblies (Microsoft.DotNet.Interactive.Formatting above all).</remarks>
public static class AssemblyProbe
{
    private static readonly ConcurrentDictionary<string, string> PathsByName = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentQueue<string> Directories = new();
    private static readonly ConcurrentDictionary<string, byte> KnownDirectories = new(StringComparer.Ordinal);
    private static int _installed;

    /// <summary>Makes the assembly at <paramref name="path"/> loadable by its simple name, and its folder a place to find its dependencies.</summary>
    public static void RegisterFile(string path)
    {
        Install();
        var full = Path.GetFullPath(path);
        PathsByName.TryAdd(Path.GetFileNameWithoutExtension(full), full);
        RegisterDirectory(Path.GetDirectoryName(full)!);
    }

    /// <summary>Makes the assembly at <paramref name="path"/> loadable by its simple name, without probing its folder (package assets).</summary>
    public static void RegisterAssembly(string path)
    {
        Install();
        PathsByName.TryAdd(Path.GetFileNameWithoutExtension(path), Path.GetFullPath(path));
    }

    private static void RegisterDirectory(string directory)
    {
        if (KnownDirectories.TryAdd(directory, 0))
            Directories.Enqueue(directory);
    }

    private static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
            AssemblyLoadContext.Default.Resolving += Resolve;
    }

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name is not { } simple)
            return null;
        var path = PathsByName.TryGetValue(simple, out var known) && File.Exists(known) ? known : Probe(simple);
        return path is null ? null : context.LoadFromAssemblyPath(path);
    }

    private static string? Probe(string simpleName)
    {
        foreach (var directory in Directories)
        {
            var candidate = Path.Combine(directory, simpleName + ".dll");
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
