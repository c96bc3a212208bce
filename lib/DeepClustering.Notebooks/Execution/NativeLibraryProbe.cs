using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace DeepClustering.Notebooks.Execution;

/// <summary>Lets a restored package's DllImports find the native libraries it ships in runtimes/&lt;rid&gt;/native.</summary>
public static class NativeLibraryProbe
{
    private static readonly ConcurrentDictionary<string, byte> Directories = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<AssemblyLoadContext, byte> HookedContexts = new();
    private static int _installed;

    /// <summary>Adds a folder of native libraries to search when a DllImport is not found otherwise.</summary>
    public static void RegisterDirectory(string directory)
    {
        Install();
        Directories.TryAdd(directory, 0);
    }

    private static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 1)
            return;
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
            context.ResolvingUnmanagedDll += Resolve;
    }

    private static IntPtr Resolve(Assembly requester, string libraryName)
    {
        foreach (var directory in Directories.Keys)
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
        {
            yield return name + ".dll";
            yield break;
        }
        var suffix = OperatingSystem.IsMacOS() ? ".dylib" : ".so";
        yield return name + suffix;
        yield return "lib" + name + suffix;
    }
}
