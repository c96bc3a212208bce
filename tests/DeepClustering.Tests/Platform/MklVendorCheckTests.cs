using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using DeepClustering.Cli.Commands;
using DeepClustering.Tests.Cli;
using DeepClustering.Platform;

namespace DeepClustering.Tests.Platform;

/// <summary>The opt-in MKL fast path on AMD and the <c>runtime</c> command that reports it.</summary>
[Collection("Console")]
public sealed class MklVendorCheckTests
{
    [Fact]
    public void Processor_vendor_is_read_from_cpuid_on_x86()
    {
        var vendor = TorchRuntime.ProcessorVendor;
        if (RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86)
        {
            Assert.NotNull(vendor);
            Assert.Equal(12, vendor.Length);
        }
        else Assert.Null(vendor);
    }

    [Fact]
    public void Runtime_command_reports_the_default_dispatch_and_a_correct_matrix_product()
    {
        if (MklVendorCheck.Requested) return; // the test process itself runs with the fast path: covered by the other test
        var (exit, output, error) = CliRun.Invoke(RuntimeCommand.Create());
        Assert.True(exit == 0, error);
        var json = CliRun.Json(output);
        Assert.Contains("not set", json.GetProperty("mkl_dispatch").GetString());
        Assert.False(json.GetProperty("mkl_fast_path").GetBoolean());
        Assert.True(json.GetProperty("matmul_ok").GetBoolean(), output);
        Assert.True(json.GetProperty("threads").GetInt32() >= 1);
        Assert.Equal(TorchRuntime.NativeStatus.ToString(), json.GetProperty("native_fix").GetString());
    }

    [Fact]
    public void The_fast_path_is_applied_on_amd_and_matrix_products_stay_correct()
    {
        // A separate process: the fast path must be set before MKL's first matrix product, and it must not change
        // the numerics of the other tests in this one.
        var (exit, output, error) = RunCliProcess(["runtime"], (MklVendorCheck.EnvironmentVariable, "1"));
        Assert.True(exit == 0, $"exit {exit}: {error}");
        var json = CliRun.Json(output);
        var dispatch = json.GetProperty("mkl_dispatch").GetString()!;
        var amdLinux = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64
            && TorchRuntime.ProcessorVendor == "AuthenticAMD";
        if (amdLinux) Assert.Contains("now returns 1", dispatch);
        else Assert.Contains("ignored", dispatch);
        Assert.Equal(amdLinux, json.GetProperty("mkl_fast_path").GetBoolean()); // what keeps its models apart in the model cache
        Assert.True(json.GetProperty("matmul_ok").GetBoolean(), output);
        Assert.True(json.GetProperty("matmul_relative_error").GetDouble() <= RuntimeCommand.MatmulTolerance);
        Assert.Contains(dispatch, error); // an explicit request is acknowledged on stderr
    }

    [Fact]
    public void Without_the_preloaded_folder_the_library_torch_loaded_is_found_by_name()
    {
        if (!OperatingSystem.IsLinux()) return;
        TorchRuntime.EnsureInitialized();
        string? none = null;
        Assert.True(MklVendorCheck.TryFindLibrary(ref none, out var byName), "libtorch_cpu.so is loaded but dlopen by name did not find it");
        Assert.Equal(BundledNatives.TorchCpu, none);
        if (TorchRuntime.PreloadedFolder is not { } folder) return;
        string? preloaded = Path.Combine(folder, BundledNatives.TorchCpu);
        Assert.True(MklVendorCheck.TryFindLibrary(ref preloaded, out var byPath));
        Assert.Equal(byPath, byName); // the same copy, not a second one
    }

    private static (int Exit, string Out, string Err) RunCliProcess(string[] args, params (string Name, string Value)[] environment)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "deep-clustering.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(cli);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
