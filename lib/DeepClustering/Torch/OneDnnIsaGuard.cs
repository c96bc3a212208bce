using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace DeepClustering.Torch;

/// <summary>
/// Caps oneDNN (libtorch's convolution library) at SSE4.1 on processors that report no cache topology through CPUID, as
/// some virtual machines do. There oneDNN 3.7.1, which TorchSharp 0.107.0's libtorch 2.10 bundles, sizes its AVX2 and
/// AVX-512 convolution blocks from cache sizes it reads as zero and returns NaN for part of the output or gradient
/// (measured: 4-14 % of random float32 convolutions, forward and backward; none in float64, none at SSE4.1).
/// </summary>
/// <remarks>
/// oneDNN reads <c>ONEDNN_MAX_CPU_ISA</c> from the process environment before its first kernel, so the cap is set with
/// libc's <c>setenv</c> (.NET's own environment block is not the C one) before torch's first operation. A value the user
/// already set for <c>ONEDNN_MAX_CPU_ISA</c> or <c>DNNL_MAX_CPU_ISA</c> is respected, and
/// <see cref="EnvironmentVariable"/>=off leaves oneDNN's choice alone.
/// </remarks>
internal static class OneDnnIsaGuard
{
    /// <summary>Set to <c>off</c> to keep oneDNN's own instruction-set choice even where the cache topology is missing.</summary>
    public const string EnvironmentVariable = "DEEPCLUSTERING_ONEDNN_ISA_GUARD";

    /// <summary>The oneDNN variable that caps its instruction set.</summary>
    public const string OneDnnVariable = "ONEDNN_MAX_CPU_ISA";

    /// <summary>The cap applied: the widest set measured to compute correctly without cache sizes.</summary>
    public const string Cap = "SSE41";

    /// <summary>Whether CPUID reports no cache level in either of its cache-topology leaves (4 on Intel, 0x8000001D on AMD).</summary>
    public static bool CacheTopologyMissing()
    {
        if (!X86Base.IsSupported)
            return false;
        var maxBasic = (uint)X86Base.CpuId(0, 0).Eax;
        var maxExtended = (uint)X86Base.CpuId(unchecked((int)0x80000000), 0).Eax;
        var intel = maxBasic >= 4 && (X86Base.CpuId(4, 0).Eax & 0x1F) != 0;
        var amd = maxExtended >= 0x8000001D && (X86Base.CpuId(unchecked((int)0x8000001D), 0).Eax & 0x1F) != 0;
        return !intel && !amd;
    }

    /// <summary>Applies the cap when it is needed and allowed; returns what it did, for diagnostics.</summary>
    public static string Apply()
    {
        if (!OperatingSystem.IsLinux() || !X86Base.IsSupported)
            return "oneDNN instruction set: not checked (only on Linux x86-64)";
        if (!CacheTopologyMissing())
            return "oneDNN instruction set: oneDNN's own choice (the processor reports its caches)";
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { } guard && guard.Trim().Equals("off", StringComparison.OrdinalIgnoreCase))
            return $"oneDNN instruction set: oneDNN's own choice ({EnvironmentVariable}=off), although the processor reports no cache topology and float32 convolutions may return NaN";
        foreach (var name in new[] { OneDnnVariable, "DNNL_MAX_CPU_ISA" })
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } set)
                return $"oneDNN instruction set: {name}={set} as set by the user (the processor reports no cache topology)";
        if (setenv(OneDnnVariable, Cap, 0) != 0)
            return $"oneDNN instruction set: could not set {OneDnnVariable} (setenv failed); float32 convolutions may return NaN here";
        Environment.SetEnvironmentVariable(OneDnnVariable, Cap);  // so child processes and diagnostics see it too
        return $"oneDNN instruction set: capped at {Cap} ({OneDnnVariable}) because the processor reports no cache topology, " +
            $"where oneDNN's AVX2/AVX-512 convolutions return NaN; set {EnvironmentVariable}=off to lift the cap";
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int setenv(string name, string value, int overwrite);
}
