using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>Small builders for the convolution blocks the autoencoders share.</summary>
internal static class ConvLayers
{
    /// <summary>A stride-1 convolution with "same" padding (odd kernel sizes).</summary>
    public static nn.Module<Tensor, Tensor> Same(long input, long output, long kernel) =>
        nn.Conv2d(input, output, kernel, stride: 1, padding: kernel / 2);

    /// <summary>Nearest-neighbour upsampling by 2 in height and width.</summary>
    public static nn.Module<Tensor, Tensor> Upsample2() => nn.Upsample(scale_factor: [2.0, 2.0], mode: UpsampleMode.Nearest);

    /// <summary>2x2 max pooling with stride 2.</summary>
    public static nn.Module<Tensor, Tensor> Pool2() => nn.MaxPool2d(2, 2);
}
