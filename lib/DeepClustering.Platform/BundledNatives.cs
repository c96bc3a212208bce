using System.Runtime.InteropServices;

namespace DeepClustering.Platform;

/// <summary>
/// Loads the libtorch libraries that ship with TorchSharp by full path before TorchSharp loads them by name.
/// </summary>
/// <remarks>
/// In a host that loads TorchSharp.dll as a plug-in (a notebook kernel, a script host), TorchSharp's by-name lookup of
/// <c>libtorch.so</c> falls through to the system search path, where another libtorch (e.g. Debian's python3-torch 1.13)
/// may win and fail with missing symbols. Once the bundled copies are loaded, by-name loads resolve to them.
/// </remarks>
internal static class BundledNatives
{
    /// <summary>The library that holds libtorch's CPU kernels (and the Intel MKL inside them).</summary>
    public const string TorchCpu = "libtorch_cpu.so";

    /// <summary>Dependency order: each library's needs are loaded before it.</summary>
    private static readonly string[] LoadOrder = ["libc10.so", TorchCpu, "libtorch.so", "libLibTorchSharp.so"];

    /// <summary>Preloads the libraries from the first candidate folder that holds all of them; returns that folder or null.</summary>
    public static string? Preload(IEnumerable<string> torchSharpNativeCandidates)
    {
        if (!OperatingSystem.IsLinux()) return null;
        foreach (var folder in torchSharpNativeCandidates.Select(Path.GetDirectoryName).OfType<string>().Distinct())
        {
            if (!LoadOrder.All(name => File.Exists(Path.Combine(folder, name)))) continue;
            foreach (var name in LoadOrder)
                if (!NativeLibrary.TryLoad(Path.Combine(folder, name), out _))
                    return null; // leave it to TorchSharp, whose own error says what is missing
            return folder;
        }
        return null;
    }
}
