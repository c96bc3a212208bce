using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DeepClustering.Caching;
using TorchSharp;

namespace DeepClustering.Platform;

/// <summary>
/// Makes TorchSharp's CPU backend load on any glibc Linux and initialises it once per process.
/// </summary>
/// <remarks>
/// Hosts call <see cref="EnsureInitialized"/> once before the first tensor: the notebooks' <c>setup.csx</c>, the CLI,
/// exported apps and the tests. The science library (DeepClustering) does not: it is plain TorchSharp, and on systems
/// whose libstdc++ already provides every version TorchSharp needs, this layer changes nothing.
/// </remarks>
public static class TorchRuntime
{
    private const string NativeLibraryFile = "libLibTorchSharp.so";
    private const string StdCxx = "libstdc++.so.6";

    private static readonly Lazy<NativePreparation> Preparation = new(PrepareNatives, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Exception?> Initialization = new(Initialize, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>What the native fix found and did in this process (for diagnostics and the data summary).</summary>
    public static NativePreparation NativeStatus => Preparation.Value;

    /// <summary>
    /// What the opt-in MKL fast path on AMD did in this process (see README, "Speed on AMD processors"); set by
    /// <see cref="EnsureInitialized"/>, null before it.
    /// </summary>
    public static string? MklDispatch { get; private set; }

    /// <summary>
    /// How native memory freed by libtorch is handled in this process (kept for reuse on glibc Linux unless
    /// <c>DEEPCLUSTERING_NATIVE_HEAP=release</c>); set by <see cref="EnsureInitialized"/>, null before it.
    /// </summary>
    public static string? HeapSettings { get; private set; }

    /// <summary>oneDNN's instruction-set cap as set in this process's environment (<c>ONEDNN_MAX_CPU_ISA</c>), or null for oneDNN's own choice.</summary>
    public static string? OneDnnIsa =>
        Environment.GetEnvironmentVariable("ONEDNN_MAX_CPU_ISA") is { Length: > 0 } isa ? isa : Environment.GetEnvironmentVariable("DNNL_MAX_CPU_ISA");

    /// <summary>The folder whose natives were preloaded before TorchSharp (null when TorchSharp loaded them itself).</summary>
    internal static string? PreloadedFolder { get; private set; }

    /// <summary>The <see cref="ComputeVariants"/> entry of the MKL fast path: models trained along it are cached apart.</summary>
    public const string MklFastPathVariant = "MKL fast path on AMD";

    /// <summary>Whether the opt-in MKL fast path on AMD is active in this process (initialises torch first).</summary>
    public static bool MklFastPathApplied
    {
        get
        {
            EnsureInitialized();
            return MklVendorCheck.Applied;
        }
    }

    /// <summary>The processor vendor from CPUID (e.g. AuthenticAMD, GenuineIntel), or null when not on x86.</summary>
    public static string? ProcessorVendor => MklVendorCheck.ProcessorVendor();

    /// <summary>Prepares the native libraries if needed and initialises TorchSharp's CPU backend; cheap after the first call.</summary>
    /// <exception cref="TorchRuntimeException">The natives cannot be made loadable; the message says what to do.</exception>
    public static void EnsureInitialized()
    {
        if (Initialization.Value is { } error)
            throw error as TorchRuntimeException ?? new TorchRuntimeException(error.Message, error);
    }

#pragma warning disable CA2255 // A library module initializer is deliberate: the fix must precede any TorchSharp use.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void PrepareOnLoad()
    {
        // Never throws: failures are recorded and reported by EnsureInitialized.
        _ = Preparation.Value;
    }

    private static Exception? Initialize()
    {
        var preparation = Preparation.Value;
        if (preparation.Error is not null)
            return new TorchRuntimeException(preparation.Error);
        try
        {
            HeapSettings = NativeHeap.Apply(Environment.GetEnvironmentVariable(NativeHeap.Variable)); // before the first tensor, so that every block follows it
        }
        catch (TorchRuntimeException e)
        {
            return e;
        }
        try
        {
            var folder = PreloadedFolder = BundledNatives.Preload(NativeCandidates().Where(File.Exists));
            torch.InitializeDeviceType(DeviceType.CPU);
            // Before any matrix product, so MKL has not yet chosen its kernels.
            MklDispatch = MklVendorCheck.Apply(folder is null ? null : Path.Combine(folder, BundledNatives.TorchCpu));
            if (MklVendorCheck.Applied) ComputeVariants.Add(MklFastPathVariant);
            if (MklVendorCheck.Requested) Console.Error.WriteLine(MklDispatch);
            return null;
        }
        catch (Exception e)
        {
            return new TorchRuntimeException(
                $"TorchSharp's CPU backend failed to load ({Flatten(e)}). Native fix status: {preparation}. " +
                "Check that the TorchSharp-cpu package restored completely (its natives sit under runtimes/<rid>/native beside " +
                "TorchSharp.dll or in the NuGet cache); the inner exception holds TorchSharp's own load trace.", e);
        }
    }

    private static string Flatten(Exception e)
    {
        var messages = new List<string>();
        for (var x = e; x is not null; x = x.InnerException)
            messages.Add(x.Message.Split('\n')[0].Trim());
        return string.Join(" -> ", messages.Distinct());
    }

    private static NativePreparation PrepareNatives()
    {
        if (!OperatingSystem.IsLinux())
            return new NativePreparation(null, [], [], null);
        string? stdcxx = null;
        try
        {
            stdcxx = SystemLibrary.Resolve(StdCxx);
            if (stdcxx is null)
                return new NativePreparation(null, [], [], null); // musl or an unusual layout: leave TorchSharp to report.
            var available = SystemLibrary.DefinedVersions(stdcxx);
            var patched = new List<string>();
            var weakened = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var candidate in NativeCandidates().Where(File.Exists))
            {
                var versions = WeakVersionPatch.Apply(candidate, StdCxx, available);
                if (versions.Count == 0) continue;
                patched.Add(candidate);
                weakened.UnionWith(versions);
            }
            return new NativePreparation(stdcxx, [.. weakened], patched, null);
        }
        catch (TorchRuntimeException e)
        {
            return new NativePreparation(stdcxx, [], [], e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new NativePreparation(stdcxx, [], [],
                $"TorchSharp's {NativeLibraryFile} needs a newer {StdCxx} than this system's ({stdcxx}). DeepClustering fixes that by " +
                $"marking the missing version weak in the library file, but could not write it: {e.Message} " +
                "Make that folder writable for this user (or build/restore the project as this user), or install a libstdc++ from GCC 13 or newer.");
        }
        catch (InvalidDataException e)
        {
            return new NativePreparation(stdcxx, [], [], $"A TorchSharp native library is not a valid ELF file: {e.Message} Restore the TorchSharp-cpu package again.");
        }
    }

    /// <summary>Every place TorchSharp may load <c>libLibTorchSharp.so</c> from, including the NuGet cache it consolidates natives from.</summary>
    internal static IEnumerable<string> NativeCandidates()
    {
        var torchsharp = typeof(torch).Assembly;
        var version = torchsharp.GetName().Version;
        var rid = $"linux-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}";
        var dir = Path.GetDirectoryName(torchsharp.Location);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<string> Raw()
        {
            if (!string.IsNullOrEmpty(dir))
            {
                yield return Path.Combine(dir, NativeLibraryFile);
                yield return Path.Combine(dir, "runtimes", rid, "native", NativeLibraryFile);
                yield return Path.Combine(dir, "cpu", NativeLibraryFile);
                // TorchSharp.dll loaded straight from a package folder (…/torchsharp/<version>/lib/<tfm>/).
                yield return Path.GetFullPath(Path.Combine(dir, "..", "..", "runtimes", rid, "native", NativeLibraryFile));
            }
            if (version is not null)
            {
                var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                    ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
                yield return Path.Combine(packages, "torchsharp", $"{version.Major}.{version.Minor}.{version.Build}", "runtimes", rid, "native", NativeLibraryFile);
            }
        }
        return Raw().Where(seen.Add);
    }
}

/// <summary>What the TorchSharp native fix found on this system.</summary>
/// <param name="SystemLibStdCxx">The libstdc++ the loader uses, or null when not applicable (not Linux, not found).</param>
/// <param name="WeakenedVersions">Versions marked weak in this process (empty when none needed it or it was already done).</param>
/// <param name="PatchedFiles">Files patched in this process.</param>
/// <param name="Error">Why the natives could not be prepared, or null.</param>
public sealed record NativePreparation(string? SystemLibStdCxx, IReadOnlyList<string> WeakenedVersions, IReadOnlyList<string> PatchedFiles, string? Error)
{
    /// <inheritdoc />
    public override string ToString() =>
        Error ?? (PatchedFiles.Count == 0
            ? $"no file needed patching in this process (already patched, or libstdc++ is new enough: {SystemLibStdCxx ?? "n/a"})"
            : $"weakened {string.Join(", ", WeakenedVersions)} in {string.Join(", ", PatchedFiles)}");
}
