using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace DeepClustering.Notebooks.NuGet;

/// <summary>Lets restored packages load: managed assemblies by simple name and native libraries from the packages' native folders.</summary>
/// <remarks>Roslyn's script loader loads referenced assemblies itself; these hooks cover what it does not, such as an
/// assembly loaded by reflection or a package's DllImport of a library that ships in runtimes/&lt;rid&gt;/native.</remarks>
public static class PackageLoadHooks
{
    private static readonly ConcurrentDictionary<string, string> AssembliesByName = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, byte> NativeDirectories = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<AssemblyLoadContext, byte> HookedContexts = new();
    private static int _installed;

    /// <summary>Makes a restored package's assemblies and native libraries resolvable in this process.</summary>
    public static void Register(ResolvedPackage package)
    {
        Install();
        foreach (var assembly in package.Assemblies)
            AssembliesByName.TryAdd(Path.GetFileNameWithoutExtension(assembly), assembly);
        foreach (var directory in package.NativeDirectories)
            NativeDirectories.TryAdd(directory, 0);
    }

    private static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 1)
            return;
        AssemblyLoadContext.Default.Resolving += ResolveAssembly;
        Hook(AssemblyLoadContext.Default);
        AppDomain.CurrentDomain.AssemblyLoad += (_, args) =>
        {
            if (AssemblyLoadContext.GetLoadContext(args.LoadedAssembly) is { } context)
                Hook(context);
        };
    }

    private static void Hook(AssemblyLoadContext context)
    {
        if (HookedContexts.TryAdd(context, 0))
            context.ResolvingUnmanagedDll += ResolveNative;
    }

    private static Assembly? ResolveAssembly(AssemblyLoadContext context, AssemblyName name) =>
        name.Name is { } simple && AssembliesByName.TryGetValue(simple, out var path) && File.Exists(path)
            ? context.LoadFromAssemblyPath(path)
            : null;

    private static IntPtr ResolveNative(Assembly requester, string libraryName)
    {
        foreach (var directory in NativeDirectories.Keys)
        {
            foreach (var candidate in Candidates(libraryName))
            {
                var path = Path.Combine(directory, candidate);
                if (File.Exists(path) && NativeLibrary.TryLoad(path, out var handle))
                    return handle;
            }
        }
        return IntPtr.Zero;
    }

    private static IEnumerable<string> Candidates(string name)
    {
        yield return name;
        if (OperatingSystem.IsWindows())
            yield return name + ".dll";
        else
        {
            var suffix = OperatingSystem.IsMacOS() ? ".dylib" : ".so";
            yield return name + suffix;
            yield return "lib" + name + suffix;
        }
    }
}
