using System.Runtime.InteropServices;

namespace DeepClustering.Platform;

/// <summary>
/// Keeps freed native memory in the process on glibc Linux, so that libtorch's large tensors reuse warm pages instead
/// of faulting in fresh ones for every batch.
/// </summary>
/// <remarks>
/// libtorch's CPU allocator has no cache: each tensor is a <c>posix_memalign</c>, and glibc serves blocks over its
/// mmap threshold (at most 32 MB) with a fresh <c>mmap</c>, unmapped again on free, and trims the heap top back to the
/// system. Every large batch then pays one page fault per 4 KB it writes. On the 2-core virtual machine this project is
/// developed on (AMD EPYC), that made experiment 2's CNN 10x slower per image at a batch of 2,048 than at 128, and
/// <c>bench dec</c> measured 189 ms per SGD step of 256 images and 1.14 ms per image in the target refresh, against 65 ms
/// and 0.11 ms with the settings here (tests/bench/README.md). Two <c>mallopt</c> settings, which glibc accepts at any
/// time, remove that: no mmap for blocks (so they come from the heap and return to it) and no trimming. The cost is that
/// the process keeps its peak native memory until it exits. That covers the main thread; a thread glibc gives an arena
/// of its own still maps blocks over that arena's 64 MB: on a second thread, 6,000 MNIST images through experiment 2's
/// CNN in batches of 2,048 took 8.4 s against 1.0 s on the main thread (the .NET Interactive kernel runs cells on
/// worker threads; 02's rounds took 4.7 s there against 1.1 s in a console). For those, libtorch is asked through its own
/// <see cref="LibtorchHugePages"/> to put blocks of 2 MB and more on transparent huge pages, one fault per 2 MB (the same
/// work on a second thread: 8.4 s -> 1.4 s). That also covers k-means' fresh copy of its data (188 MB for MNIST, about
/// 360 ms on small pages and 20-35 ms on huge ones on a worker thread). No library offers these knobs for libtorch,
/// hence the calls here. <c>DEEPCLUSTERING_NATIVE_HEAP=release</c> leaves glibc's defaults alone and keeps the huge
/// pages; <c>THP_MEM_ALLOC_ENABLE=0</c> turns those off.
/// </remarks>
internal static partial class NativeHeap
{
    /// <summary>The environment variable that opts out when set to <see cref="ReleaseValue"/>.</summary>
    public const string Variable = "DEEPCLUSTERING_NATIVE_HEAP";

    /// <summary>The value of <see cref="Variable"/> that keeps glibc's defaults (memory returned to the system).</summary>
    public const string ReleaseValue = "release";

    /// <summary>The variable libtorch's CPU allocator reads at its first allocation: 1 puts blocks of 2 MB and more on transparent huge pages.</summary>
    public const string LibtorchHugePages = "THP_MEM_ALLOC_ENABLE";

    private const int TrimThreshold = -1; // M_TRIM_THRESHOLD
    private const int MmapMax = -4; // M_MMAP_MAX

    /// <summary>
    /// Applies the settings and says what was done: the heap ones on glibc Linux unless <paramref name="requested"/>,
    /// the value of <see cref="Variable"/>, opts out; libtorch's huge pages on Linux.
    /// </summary>
    /// <exception cref="TorchRuntimeException"><paramref name="requested"/> is neither empty, <c>keep</c> nor <see cref="ReleaseValue"/>.</exception>
    public static string Apply(string? requested)
    {
        var release = string.Equals(requested, ReleaseValue, StringComparison.OrdinalIgnoreCase);
        var keep = string.IsNullOrEmpty(requested)
            || string.Equals(requested, "keep", StringComparison.OrdinalIgnoreCase);
        if (!release && !keep)
            throw new TorchRuntimeException($"{Variable} must be 'keep' or '{ReleaseValue}', found '{requested}'.");
        if (!OperatingSystem.IsLinux())
            return "left to the system allocator (not Linux)";
        var heap = release ? $"glibc defaults ({Variable}={ReleaseValue})" : KeepFreedMemory();
        return $"{heap}; {HugePagesForLibtorch()}";
    }

    private static string KeepFreedMemory()
    {
        try
        {
            return Mallopt(MmapMax, 0) == 1 && Mallopt(TrimThreshold, int.MaxValue) == 1
                ? "freed native memory kept for reuse (glibc: no mmap for blocks, no trim)"
                : "glibc refused the heap settings; its defaults apply";
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return "left to the system allocator (not glibc)";
        }
    }

    /// <summary>
    /// Asks libtorch for huge pages (unless the variable is already set; <c>0</c> turns them off): blocks over 64 MB,
    /// every block of a thread that glibc serves from its own arena, and with <see cref="ReleaseValue"/> every large
    /// block, come from a fresh mmap, and a huge page takes one fault where small pages take 512.
    /// </summary>
    private static string HugePagesForLibtorch()
    {
        if (Environment.GetEnvironmentVariable(LibtorchHugePages) is { Length: > 0 } set)
            return $"libtorch's huge pages as {LibtorchHugePages}={set} says";
        // The process environment itself, not .NET's copy of it: libtorch reads it with getenv.
        return Setenv(LibtorchHugePages, "1", 0) == 0
            ? $"libtorch's blocks of 2 MB and more on transparent huge pages ({LibtorchHugePages}=1)"
            : $"{LibtorchHugePages} could not be set";
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Setenv(string name, string value, int overwrite);

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int Mallopt(int parameter, int value);
}
