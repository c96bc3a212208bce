using System.Collections.Concurrent;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>How <see cref="Models.Convolution2d"/> computes a convolution of one shape in this process.</summary>
internal enum ConvolutionRoute
{
    /// <summary>libtorch's own forward and backward kernels.</summary>
    Plain,

    /// <summary>libtorch's forward and weight gradient, the input gradient as a forward convolution (<see cref="ForwardConvolutionInputGradient"/>).</summary>
    InputGradientByForward,
}

/// <summary>
/// On processors that report no cache topology, routes every float32 convolution's input gradient through a forward
/// convolution and checks each shape once per process against float64 (output, weight and bias gradients, input
/// gradient); a shape computed wrongly is an error. Elsewhere every convolution is <see cref="ConvolutionRoute.Plain"/>.
/// </summary>
/// <remarks>
/// Measured on an AMD EPYC virtual machine without cache topology, with TorchSharp 0.107.0's oneDNN 3.7.1 at its AVX2
/// and AVX-512 levels: the backward-data kernel is wrong (often NaN) whenever the output channels do not fill a vector
/// block (8 for AVX2, 16 for AVX-512), and running it even once made unrelated tensors NaN in other threads, so it is
/// never run there, not even to check it. The forward kernel is wrong whenever more than 16 input channels are not a
/// multiple of 16. Every weight gradient, and the forward of every other shape, was right, as was everything at
/// <c>ONEDNN_MAX_CPU_ISA=SSE41</c> (2.3 times slower there). The experiments' shapes are all right this way. Checks draw
/// from a private generator, so they change no seeded numbers, and take milliseconds per shape.
/// <see cref="EnvironmentVariable"/>=off turns this off (every shape then takes <see cref="ConvolutionRoute.Plain"/>).
/// </remarks>
internal static class ConvolutionShapeCheck
{
    /// <summary>Set to <c>off</c> to use libtorch's own convolution kernels unchecked even where the cache topology is missing.</summary>
    public const string EnvironmentVariable = "DEEPCLUSTERING_CONVOLUTION_CHECK";

    private const double Tolerance = 1e-4;
    private const long CheckBatch = 4;
    private const int Rounds = 3;  // the wrong values vary from run to run

    private static readonly ConcurrentDictionary<ConvolutionShape, Lazy<string?>> Errors = new();
    private static readonly bool TurnedOff = Environment.GetEnvironmentVariable(EnvironmentVariable)?.Trim() == "off";
    private static readonly Lazy<bool> Active = new(() => !TurnedOff && CacheTopology.Missing());

    /// <summary>The route for this shape (checked on first use where the checks are active).</summary>
    /// <exception cref="ConvolutionUnreliableException">This shape is computed wrongly on this processor.</exception>
    public static ConvolutionRoute RouteFor(ConvolutionShape shape)
    {
        if (!Active.Value) return ConvolutionRoute.Plain;
        var error = Errors.GetOrAdd(shape, s => new Lazy<string?>(() => Measure(s))).Value;
        return error is not null
            ? throw new ConvolutionUnreliableException(error)
            : ConvolutionRoute.InputGradientByForward;
    }

    /// <summary>What the checks did so far in this process, for diagnostics.</summary>
    public static string Summary()
    {
        if (TurnedOff) return $"libtorch's own convolution kernels, unchecked ({EnvironmentVariable}=off)";
        if (!Active.Value) return "libtorch's own convolution kernels (the processor reports its caches)";
        var done = Errors.Values.Where(e => e.IsValueCreated).Select(e => e.Value).ToList();
        var wrong = done.Count(e => e is not null);
        return "the processor reports no cache topology, where oneDNN's backward-data kernel is wrong: float32 input gradients " +
            $"by forward convolution, {done.Count} shape(s) checked against float64 so far" + (wrong == 0 ? "" : $", {wrong} wrong");
    }

    // Null when the shape is computed right, else the error message.
    private static string? Measure(ConvolutionShape shape)
    {
        using var gradients = enable_grad();
        using var scope = NewDisposeScope();
        using var generator = new Generator(20261201);
        double forward = 0, weight = 0, input = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var x = randn([CheckBatch, shape.InputChannels, shape.Height, shape.Width], generator: generator);
            var w = (randn([shape.OutputChannels, shape.InputChannels, shape.Kernel, shape.Kernel], generator: generator) * 0.1).requires_grad_(true);
            var b = randn([shape.OutputChannels], generator: generator).requires_grad_(true);
            var padding = new[] { shape.Padding, shape.Padding };
            var y = nn.functional.conv2d(x, w, b, padding: padding);
            var upstream = randn(y.shape, generator: generator);
            y.backward([upstream]);
            var x64 = x.detach().to_type(ScalarType.Float64).requires_grad_(true);
            var w64 = w.detach().to_type(ScalarType.Float64).requires_grad_(true);
            var b64 = b.detach().to_type(ScalarType.Float64).requires_grad_(true);
            var y64 = nn.functional.conv2d(x64, w64, b64, padding: padding);
            y64.backward([upstream.to_type(ScalarType.Float64)]);
            forward = Math.Max(forward, RelativeError(y, y64));
            weight = Math.Max(weight, Math.Max(RelativeError(w.grad!, w64.grad!), RelativeError(b.grad!, b64.grad!)));
            input = Math.Max(input, RelativeError(ForwardConvolutionInputGradient.Of(upstream, w.detach(), shape.Padding), x64.grad!));
        }
        if (forward <= Tolerance && weight <= Tolerance && input <= Tolerance)
            return null;
        return
            $"libtorch computes float32 convolutions of {shape} wrongly on this processor (largest error relative to float64: output " +
            $"{forward:0.0e0}, weight gradient {weight:0.0e0}, input gradient {input:0.0e0}). Start the " +
            "process with ONEDNN_MAX_CPU_ISA=SSE41 (oneDNN's SSE4.1 kernels were right for every shape measured, at about 2.3 times " +
            "the time), or use channel counts of at most 16 or multiples of 16.";
    }

    private static double RelativeError(Tensor value, Tensor reference)
    {
        var error = ((value.to_type(ScalarType.Float64) - reference).abs().max() / reference.abs().max().clamp_min(1e-30)).item<double>();
        return double.IsNaN(error) ? double.PositiveInfinity : error;
    }
}

/// <summary>The shape of a stride-1 square-kernel convolution as <see cref="ConvolutionShapeCheck"/> keys it.</summary>
internal readonly record struct ConvolutionShape(long InputChannels, long OutputChannels, long Kernel, long Padding, long Height, long Width)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{InputChannels} to {OutputChannels} channels, {Kernel}x{Kernel} kernel, padding {Padding}, {Height}x{Width} input";
}
