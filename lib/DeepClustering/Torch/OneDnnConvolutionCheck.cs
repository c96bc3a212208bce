using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Torch;

/// <summary>
/// Checks once per process that libtorch's oneDNN convolutions give the right input gradient, and when they do not, turns
/// oneDNN off for this process so convolutions fall back to libtorch's own (im2col and matrix product) kernels.
/// </summary>
/// <remarks>
/// Found on an AMD EPYC (family 26, AVX-512 with bf16) with TorchSharp 0.107.0's oneDNN 3.7.1: the backward-data kernel
/// <c>jit:avx512_core</c> returns wrong, run-to-run varying values (sometimes NaN) whenever the output channels do not fill
/// a 16-channel block (experiment 5's 16-to-8 and 32-to-1 convolutions), so the conv autoencoder trained to NaN. The
/// check runs small 3x3 convolutions to one and to eight output channels three times and compares them with float64;
/// it draws no random numbers. Where oneDNN passes nothing changes; where it fails, the numbers change from wrong to right.
/// The same oneDNN limited to its AVX kernels (<c>ONEDNN_MAX_CPU_ISA=AVX</c>, which oneDNN reads at its first use, so it
/// must be set before the process starts) passes, at about PyTorch 1.13's speed on that machine.
/// Set <see cref="EnvironmentVariable"/>=keep to skip the check and keep oneDNN.
/// </remarks>
internal static class OneDnnConvolutionCheck
{
    /// <summary>Set to <c>keep</c> to leave oneDNN on without checking.</summary>
    public const string EnvironmentVariable = "DEEPCLUSTERING_ONEDNN";

    private const double Tolerance = 1e-4;

    /// <summary>Whether the check turned oneDNN off in this process.</summary>
    public static bool Disabled { get; private set; }

    /// <summary>Runs the check (and the fallback) against the loaded <c>libtorch_cpu.so</c> at <paramref name="libtorchCpu"/>; returns what it found and did.</summary>
    public static unsafe string Apply(string? libtorchCpu)
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable)?.Trim() == "keep")
            return $"oneDNN convolutions kept unchecked ({EnvironmentVariable}=keep)";
        var error = InputGradientError();
        if (error <= Tolerance) return $"oneDNN convolutions checked: input gradient relative error {error:0.0e0}";
        if (!MklVendorCheck.TryFindLibrary(ref libtorchCpu, out var library)
            || !NativeLibrary.TryGetExport(library, "_ZN2at13globalContextEv", out var globalContext)
            || !NativeLibrary.TryGetExport(library, "_ZN2at7Context20setUserEnabledMkldnnEb", out var setEnabled))
            return $"oneDNN convolutions give wrong input gradients here (relative error {error:0.0e0}) and could not be turned off: " +
                "at::Context::setUserEnabledMkldnn was not found in libtorch_cpu";
        var context = ((delegate* unmanaged<nint>)globalContext)();
        ((delegate* unmanaged<nint, byte, void>)setEnabled)(context, 0);
        // The fallback would next try NNPACK, which on such processors only prints "Could not initialize NNPACK" per call.
        if (NativeLibrary.TryGetExport(library, "_ZN2at7Context20setUserEnabledNNPACKEb", out var setNnpack))
            ((delegate* unmanaged<nint, byte, void>)setNnpack)(context, 0);
        Disabled = true;
        return $"oneDNN convolutions give wrong input gradients on this processor (relative error {error:0.0e0}); turned oneDNN off in this " +
            $"process, convolutions now use libtorch's own kernels (error after: {InputGradientError():0.0e0}), which are several times slower; " +
            "oneDNN's AVX kernels pass this check: start the process with ONEDNN_MAX_CPU_ISA=AVX to use them instead";
    }

    /// <summary>
    /// The largest error of the float32 input gradient of small 3x3 convolutions to one and to eight channels (three
    /// times each: the wrong values vary from run to run), relative to the largest float64 entry.
    /// </summary>
    private static double InputGradientError()
    {
        var worst = 0.0;
        for (var round = 0; round < 3; round++)
            foreach (var (batch, input, output, size) in new (long, long, long, long)[] { (2, 4, 1, 8), (2, 16, 8, 7), (4, 8, 8, 7) })
                worst = Math.Max(worst, InputGradientError(batch, input, output, size));
        return worst;
    }

    private static double InputGradientError(long batch, long input, long output, long size)
    {
        using var scope = NewDisposeScope();
        var x = arange(batch * input * size * size, ScalarType.Float32).reshape(batch, input, size, size).mul_(0.37).sin_().requires_grad_(true);
        var weight = arange(output * input * 9, ScalarType.Float32).reshape(output, input, 3, 3).mul_(0.71).cos_();
        var y = nn.functional.conv2d(x, weight, padding: [1, 1]);
        var upstream = arange(y.numel(), ScalarType.Float32).reshape(y.shape).mul_(0.13).sin_();
        y.backward([upstream]);
        var reference = x.detach().to_type(ScalarType.Float64).requires_grad_(true);
        nn.functional.conv2d(reference, weight.to_type(ScalarType.Float64), padding: [1, 1]).backward([upstream.to_type(ScalarType.Float64)]);
        var error = (x.grad!.to_type(ScalarType.Float64) - reference.grad!).abs().max() / reference.grad!.abs().max();
        var value = error.item<double>();
        return double.IsNaN(value) ? double.PositiveInfinity : value;
    }
}
