using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>
/// The identity on a convolution's output whose backward also hands the convolution's input its gradient, computed as a
/// forward convolution of the output gradient with the flipped, transposed kernel (stride 1, no groups or dilation).
/// </summary>
/// <remarks>
/// Hand-written because libtorch offers no switch between its convolution backward kernels: on processors where
/// oneDNN's backward-data kernel is wrong but its forward and weight-gradient kernels are right (see
/// <see cref="ConvolutionShapeCheck"/>), <see cref="Models.Convolution2d"/> computes the output from the detached input
/// (so autograd asks oneDNN for the weight and bias gradients only) and routes the input gradient through here.
/// </remarks>
internal sealed class ForwardConvolutionInputGradient : autograd.SingleTensorFunction<ForwardConvolutionInputGradient>
{
    /// <inheritdoc />
    public override string Name => nameof(ForwardConvolutionInputGradient);

    /// <summary>The input gradient of a stride-1 convolution with <paramref name="weight"/> and <paramref name="padding"/>, for <paramref name="outputGradient"/>.</summary>
    public static Tensor Of(Tensor outputGradient, Tensor weight, long padding)
    {
        using var flipped = weight.transpose(0, 1).flip(2, 3);
        var reach = weight.shape[2] - 1 - padding;
        return nn.functional.conv2d(outputGradient, flipped, padding: [reach, weight.shape[3] - 1 - padding]);
    }

    /// <summary>Arguments: the output (computed from the detached input), the input, the detached weight, the padding (long).</summary>
    public override Tensor forward(autograd.AutogradContext ctx, params object[] vars)
    {
        ctx.save_for_backward([(Tensor)vars[2]]);
        ctx.save_data("padding", vars[3]);
        return (Tensor)vars[0];
    }

    /// <inheritdoc />
    public override List<Tensor> backward(autograd.AutogradContext ctx, Tensor grad_output)
    {
        var weight = ctx.get_saved_variables()[0];
        return [grad_output, Of(grad_output, weight, (long)ctx.get_data("padding")), null!, null!];
    }
}
