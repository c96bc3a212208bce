using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>
/// A stride-1 2-d convolution with a square kernel, as the experiments' models use them, whose float32 shapes are each
/// checked once per process against float64 (<see cref="ConvolutionShapeCheck"/>): where libtorch's oneDNN gets the
/// input gradient wrong, it comes from a forward convolution instead (<see cref="ForwardConvolutionInputGradient"/>).
/// </summary>
/// <remarks>Its parameters are named <c>weight</c> and <c>bias</c> with <c>nn.Conv2d</c>'s shapes, so saved weights of either load into the other.</remarks>
public sealed class Convolution2d : nn.Module<Tensor, Tensor>
{
    private readonly Parameter _kernelWeight;
    private readonly Parameter _kernelBias;

    /// <summary>A convolution from <paramref name="inputChannels"/> to <paramref name="outputChannels"/> channels, <paramref name="kernel"/> x <paramref name="kernel"/>, zero padding <paramref name="padding"/> on each side; weights drawn as <c>nn.Conv2d</c>'s default from a private generator seeded 0 (the models re-initialise them with <see cref="WeightInit"/>).</summary>
    public Convolution2d(long inputChannels, long outputChannels, long kernel, long padding) : base(nameof(Convolution2d))
    {
        OptionOutOfRangeException.ThrowUnless(inputChannels >= 1, nameof(inputChannels), inputChannels, "at least 1");
        OptionOutOfRangeException.ThrowUnless(outputChannels >= 1, nameof(outputChannels), outputChannels, "at least 1");
        OptionOutOfRangeException.ThrowUnless(kernel >= 1, nameof(kernel), kernel, "at least 1");
        OptionOutOfRangeException.ThrowUnless(padding >= 0 && padding < kernel, nameof(padding), padding,
            $"in [0, {kernel - 1}] for a {kernel}x{kernel} kernel");
        (InputChannels, OutputChannels, Kernel, Padding) = (inputChannels, outputChannels, kernel, padding);
        _kernelWeight = new Parameter(empty(outputChannels, inputChannels, kernel, kernel));
        _kernelBias = new Parameter(empty(outputChannels));
        register_parameter("weight", _kernelWeight);
        register_parameter("bias", _kernelBias);
        WeightInit.Apply(this, WeightInitScheme.TorchDefault, 0);
    }

    /// <summary>What the per-shape checks of this process found so far: the route convolutions take and why.</summary>
    public static string Routes => ConvolutionShapeCheck.Summary();

    /// <summary>Input channels.</summary>
    public long InputChannels { get; }

    /// <summary>Output channels.</summary>
    public long OutputChannels { get; }

    /// <summary>Kernel height and width.</summary>
    public long Kernel { get; }

    /// <summary>Zero padding on each side.</summary>
    public long Padding { get; }

    /// <summary>The kernel, [out, in, kernel, kernel].</summary>
    public Parameter Weight => _kernelWeight;

    /// <summary>The bias, [out].</summary>
    public Parameter Bias => _kernelBias;

    /// <summary>The convolution of <paramref name="input"/> [N, in, H, W].</summary>
    public override Tensor forward(Tensor input)
    {
        var padding = new[] { Padding, Padding };
        if (input.dtype != ScalarType.Float32 || input.dim() != 4)
            return nn.functional.conv2d(input, _kernelWeight, _kernelBias, padding: padding);
        var route = ConvolutionShapeCheck.RouteFor(new ConvolutionShape(InputChannels, OutputChannels, Kernel, Padding, input.shape[2], input.shape[3]));
        if (route == ConvolutionRoute.Plain || !input.requires_grad || !is_grad_enabled())
            return nn.functional.conv2d(input, _kernelWeight, _kernelBias, padding: padding);
        using var detached = input.detach();
        using var weight = _kernelWeight.detach();
        var output = nn.functional.conv2d(detached, _kernelWeight, _kernelBias, padding: padding);
        return ForwardConvolutionInputGradient.apply(output, input, weight, Padding);
    }
}
