using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace DeepClustering.Platform;

/// <summary>
/// Opt-in: lets the Intel MKL inside libtorch take its fast matrix kernels on AMD processors, in this process only.
/// </summary>
/// <remarks>
/// libtorch does its float32 matrix products (dense layers) in a statically linked Intel MKL, which asks
/// <c>mkl_serv_intel_cpu_true</c> whether the processor is Intel and, when it is not, takes generic kernels that
/// ignore AVX2 and AVX-512. PyTorch's maintainers document the workaround of preloading a library whose
/// <c>mkl_serv_intel_cpu_true</c> returns 1 (pytorch/builder#1245). <c>LD_PRELOAD</c> cannot be set from inside a
/// running .NET process, so this class overwrites the start of that exported function in memory with
/// <c>mov eax, 1; ret</c>; the file on disk is not touched. MKL still checks the instruction sets the processor
/// actually has. It is not the default because it changes how a vendor library dispatches: each product agrees with
/// the default path to float rounding, but trained models follow a slightly different path. Enable it with
/// <see cref="EnvironmentVariable"/>=1.
/// </remarks>
internal static class MklVendorCheck
{
    /// <summary>Setting this environment variable to 1 enables the fast path.</summary>
    public const string EnvironmentVariable = "DEEPCLUSTERING_MKL_FAST_PATH_ON_AMD";

    private const string Symbol = "mkl_serv_intel_cpu_true";
    private static readonly byte[] ReturnOne = [0xB8, 0x01, 0x00, 0x00, 0x00, 0xC3]; // mov eax, 1; ret

    /// <summary>Whether the fast path was applied in this process (set by <see cref="Apply"/>).</summary>
    public static bool Applied { get; private set; }

    /// <summary>Whether the user asked for the fast path.</summary>
    public static bool Requested =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { } value && value.Trim() is "1" or "true" or "yes";

    /// <summary>The processor vendor from CPUID leaf 0 (e.g. AuthenticAMD), or null off x86.</summary>
    public static string? ProcessorVendor()
    {
        if (!X86Base.IsSupported) return null;
        var (_, ebx, ecx, edx) = X86Base.CpuId(0, 0);
        Span<int> words = [ebx, edx, ecx];
        return System.Text.Encoding.ASCII.GetString(MemoryMarshal.AsBytes(words));
    }

    /// <summary>Applies the fast path to the loaded <c>libtorch_cpu.so</c> at <paramref name="libtorchCpu"/> (else the one loaded by name) when requested and useful; returns what it did.</summary>
    public static string Apply(string? libtorchCpu)
    {
        if (!Requested) return $"default MKL dispatch ({EnvironmentVariable} not set to 1)";
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
            return $"{EnvironmentVariable} ignored: only implemented for Linux x64";
        var vendor = ProcessorVendor();
        if (vendor != "AuthenticAMD")
            return $"{EnvironmentVariable} ignored: the processor is {vendor ?? "unknown"}, MKL's vendor check already passes or does not apply";
        if (!TryFindLibrary(ref libtorchCpu, out var library))
            return $"{EnvironmentVariable} could not be applied: {BundledNatives.TorchCpu} was found neither beside TorchSharp nor by name";
        if (!NativeLibrary.TryGetExport(library, Symbol, out var function))
            return $"{EnvironmentVariable} not needed: {libtorchCpu} exports no {Symbol} (no MKL vendor check)";
        try
        {
            var size = FunctionSize(function);
            if (size < (ulong)ReturnOne.Length)
                return $"{EnvironmentVariable} could not be applied: {Symbol} in {libtorchCpu} is {size} bytes, too short to patch safely";
            Overwrite(function, ReturnOne);
            Applied = true;
            return $"MKL fast path on AMD: {Symbol} in {libtorchCpu} now returns 1 in this process";
        }
        catch (Exception e) when (e is InvalidOperationException or DllNotFoundException or EntryPointNotFoundException)
        {
            return $"{EnvironmentVariable} could not be applied: {e.Message}";
        }
    }

    /// <summary>
    /// The handle of the loaded <c>libtorch_cpu.so</c>: the copy at <paramref name="path"/> when given, else the one loaded
    /// by name (dlopen of a soname already in the process returns that copy); <paramref name="path"/> becomes what was used.
    /// </summary>
    internal static bool TryFindLibrary(ref string? path, out nint library)
    {
        library = 0;
        if (path is not null && NativeLibrary.TryLoad(path, out library)) return true;
        if (!NativeLibrary.TryLoad(BundledNatives.TorchCpu, out library)) return false;
        path = BundledNatives.TorchCpu;
        return true;
    }

    /// <summary>The size of the function symbol at <paramref name="address"/>, from the loaded object's dynamic symbol table.</summary>
    private static ulong FunctionSize(nint address)
    {
        DlInfo info;
        nint symbol;
        int found;
        try { found = Native.dladdr1(address, out info, out symbol, RtldDlSyment); }
        catch (EntryPointNotFoundException) { found = Native.dladdr1Legacy(address, out info, out symbol, RtldDlSyment); } // glibc < 2.34
        if (found == 0 || symbol == 0 || info.SymbolAddress != address)
            throw new InvalidOperationException($"dladdr1 found no symbol starting at 0x{address:x}");
        return (ulong)Marshal.ReadInt64(symbol, 16); // Elf64_Sym: st_name u32, st_info u8, st_other u8, st_shndx u16, st_value u64, st_size u64
    }

    private static void Overwrite(nint address, byte[] code)
    {
        var page = Environment.SystemPageSize;
        var start = address & ~(nint)(page - 1);
        var length = (nuint)(address + code.Length - start);
        if (Native.mprotect(start, length, ProtRead | ProtWrite | ProtExec) != 0)
            throw new InvalidOperationException($"mprotect refused write access to the code page (errno {Marshal.GetLastPInvokeError()}; a W^X security policy?)");
        Marshal.Copy(code, 0, address, code.Length);
        if (Native.mprotect(start, length, ProtRead | ProtExec) != 0)
            throw new InvalidOperationException($"mprotect could not restore the code page (errno {Marshal.GetLastPInvokeError()})");
    }

    private const int ProtRead = 1, ProtWrite = 2, ProtExec = 4, RtldDlSyment = 1;

    [StructLayout(LayoutKind.Sequential)]
    private struct DlInfo
    {
        public nint FileName;
        public nint FileBase;
        public nint SymbolName;
        public nint SymbolAddress;
    }

    private static class Native
    {
        [DllImport("libc.so.6", SetLastError = true)]
        public static extern int mprotect(nint address, nuint length, int protection);

        [DllImport("libc.so.6")]
        public static extern int dladdr1(nint address, out DlInfo info, out nint extra, int flags);

        [DllImport("libdl.so.2", EntryPoint = "dladdr1")]
        public static extern int dladdr1Legacy(nint address, out DlInfo info, out nint extra, int flags);
    }
}
