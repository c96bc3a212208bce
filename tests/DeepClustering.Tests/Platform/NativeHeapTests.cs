using System.Runtime.InteropServices;
using DeepClustering.Platform;

namespace DeepClustering.Tests.Platform;

public sealed class NativeHeapTests
{
    [Fact]
    public void Keeps_freed_native_memory_on_linux_unless_asked_to_release_it()
    {
        TorchRuntime.EnsureInitialized();
        var expected = Environment.GetEnvironmentVariable(NativeHeap.Variable) == NativeHeap.ReleaseValue ? "glibc defaults" : "freed native memory kept";
        if (OperatingSystem.IsLinux())
        {
            Assert.StartsWith(expected, TorchRuntime.HeapSettings);
            Assert.Contains(NativeHeap.LibtorchHugePages, TorchRuntime.HeapSettings);
        }
        else
            Assert.StartsWith("left to the system allocator", TorchRuntime.HeapSettings);
    }

    [Theory]
    [InlineData("release", "glibc defaults")]
    [InlineData("RELEASE", "glibc defaults")]
    public void The_opt_out_leaves_glibc_alone_and_keeps_libtorchs_huge_pages(string value, string expected)
    {
        var settings = NativeHeap.Apply(value);
        Assert.StartsWith(OperatingSystem.IsLinux() ? expected : "left to the system allocator", settings);
        if (OperatingSystem.IsLinux()) Assert.Contains(NativeHeap.LibtorchHugePages, settings);
    }

    [Fact]
    public void An_unknown_setting_is_an_error_naming_the_variable_and_its_values()
    {
        var error = Assert.Throws<TorchRuntimeException>(() => NativeHeap.Apply("sometimes"));
        Assert.Contains(NativeHeap.Variable, error.Message);
        Assert.Contains("'keep' or 'release'", error.Message);
        Assert.Contains("'sometimes'", error.Message);
    }

    [Fact]
    public void Libtorch_is_asked_for_huge_pages_in_the_process_environment_it_reads()
    {
        TorchRuntime.EnsureInitialized();
        if (!OperatingSystem.IsLinux()) return;
        // libtorch reads the variable with getenv, so it must be in the native environment, not only in .NET's copy.
        var value = Marshal.PtrToStringUTF8(GetEnv(NativeHeap.LibtorchHugePages));
        Assert.Equal(Environment.GetEnvironmentVariable(NativeHeap.LibtorchHugePages) ?? "1", value);
    }

    [DllImport("libc", EntryPoint = "getenv")]
    private static extern IntPtr GetEnv([MarshalAs(UnmanagedType.LPUTF8Str)] string name);
}
