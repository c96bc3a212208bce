using DeepClustering.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Torch;

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
            if (expected != "glibc defaults") Assert.Contains(NativeHeap.LibtorchHugePages, TorchRuntime.HeapSettings);
        }
        else
            Assert.StartsWith("left to the system allocator", TorchRuntime.HeapSettings);
    }

    [Theory]
    [InlineData("release", "glibc defaults")]
    [InlineData("RELEASE", "glibc defaults")]
    public void The_opt_out_leaves_glibc_alone(string value, string expected) =>
        Assert.StartsWith(OperatingSystem.IsLinux() ? expected : "left to the system allocator", NativeHeap.Apply(value));

    [Fact]
    public void An_unknown_setting_is_an_error_naming_the_variable_and_its_values()
    {
        var error = Assert.Throws<TorchRuntimeException>(() => NativeHeap.Apply("sometimes"));
        Assert.Contains(NativeHeap.Variable, error.Message);
        Assert.Contains("'keep' or 'release'", error.Message);
        Assert.Contains("'sometimes'", error.Message);
    }

    [Fact]
    public void Tensors_allocated_after_the_settings_compute_as_before()
    {
        // Reusing heap blocks must not change arithmetic: a large product twice, on fresh and on reused memory.
        TorchRuntime.EnsureInitialized();
        using var scope = NewDisposeScope();
        var generator = new Generator(3);
        var a = randn([1024, 2048], generator: generator);
        var first = a.matmul(a.T).sum().item<float>();
        var second = a.matmul(a.T).sum().item<float>();
        Assert.Equal(first, second);
    }
}
