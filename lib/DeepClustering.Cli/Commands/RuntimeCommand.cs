using System.CommandLine;
using DeepClustering.Cli.Output;
using DeepClustering.Models;
using DeepClustering.Platform;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Commands;

/// <summary>
/// The <c>runtime</c> command: prints TorchSharp's native set-up in this process as JSON (the libstdc++ fix, threads,
/// processor vendor, MKL dispatch) and checks a float32 matrix product against float64.
/// </summary>
internal static class RuntimeCommand
{
    /// <summary>Largest relative error of the float32 product accepted as correct (float32 rounding over 512 terms is about 1e-6).</summary>
    public const double MatmulTolerance = 1e-4;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("runtime",
            "Print TorchSharp's native set-up as JSON (libstdc++ fix, threads, processor, MKL dispatch) and check a float32 matrix product.");
        command.SetAction(_ => JsonCommand.Run(Run));
        return command;
    }

    private static Dictionary<string, object?> Run()
    {
        var error = MatmulRelativeError();
        return new Dictionary<string, object?>
        {
            ["torchsharp"] = typeof(torch).Assembly.GetName().Version?.ToString(),
            ["native_fix"] = TorchRuntime.NativeStatus.ToString(),
            ["threads"] = torch.get_num_threads(),
            ["processor_vendor"] = TorchRuntime.ProcessorVendor,
            ["mkl_dispatch"] = TorchRuntime.MklDispatch,
            ["native_heap"] = TorchRuntime.HeapSettings,
            ["onednn_isa"] = TorchRuntime.OneDnnIsa,
            ["mkl_fast_path"] = TorchRuntime.MklFastPathApplied,
            ["convolutions"] = ConvolutionProbe(),
            ["matmul_relative_error"] = error,
            ["matmul_ok"] = error <= MatmulTolerance,
        };
    }

    /// <summary>Checks experiment 5's two convolution shapes that oneDNN's backward-data kernel gets wrong on some processors, and says what was found.</summary>
    private static string ConvolutionProbe()
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        foreach (var (input, output, side) in new[] { (16L, 8L, 7L), (32L, 1L, 28L) })
        {
            using var conv = new Convolution2d(input, output, 3, 1);
            conv.forward(zeros(1, input, side, side));
        }
        return Convolution2d.Routes;
    }

    /// <summary>Largest error of a seeded 256x512 by 512x384 float32 product, relative to the largest entry of the float64 product.</summary>
    private static double MatmulRelativeError()
    {
        using var scope = NewDisposeScope();
        var generator = new Generator(12345);
        var a = randn([256, 512], generator: generator);
        var b = randn([512, 384], generator: generator);
        var exact = a.to_type(ScalarType.Float64).matmul(b.to_type(ScalarType.Float64));
        var single = a.matmul(b).to_type(ScalarType.Float64);
        return (single - exact).abs().max().item<double>() / exact.abs().max().item<double>();
    }
}
