using System.Runtime.Intrinsics.X86;

namespace DeepClustering.Models;

/// <summary>Whether the processor reports its cache topology through CPUID, as oneDNN's convolution kernels assume.</summary>
internal static class CacheTopology
{
    /// <summary>True on x86 when neither cache-topology leaf (4 on Intel, 0x8000001D on AMD) lists a cache level, as on some virtual machines.</summary>
    public static bool Missing()
    {
        if (!X86Base.IsSupported)
            return false;
        var maxBasic = (uint)X86Base.CpuId(0, 0).Eax;
        var maxExtended = (uint)X86Base.CpuId(unchecked((int)0x80000000), 0).Eax;
        var intel = maxBasic >= 4 && (X86Base.CpuId(4, 0).Eax & 0x1F) != 0;
        var amd = maxExtended >= 0x8000001D && (X86Base.CpuId(unchecked((int)0x8000001D), 0).Eax & 0x1F) != 0;
        return !intel && !amd;
    }
}
