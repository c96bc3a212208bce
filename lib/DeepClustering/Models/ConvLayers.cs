using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>Small builders for the convolution blocks the autoencoders share.</summary>
internal static class ConvLayers
{
    /// <summary>A stride-1 convolution with "same" padding (odd kernel sizes).</summary>
    public static nn.Module<Tensor, Tensor> Same(long input, long output, long kernel) => new Convolution2d(input, output, kernel, kernel / 2);

    /// <summary>Nearest-neighbour upsampling by 2 in height and width (Keras' <c>UpSampling2D()</c> default).</summary>
    public static nn.Module<Tensor, Tensor> Upsample2() => nn.Upsample(scale_factor: [2.0, 2.0], mode: UpsampleMode.Nearest);

    /// <summary>Bilinear upsampling by 2 with half-pixel centres (<c>align_corners=False</c>), as Keras' <c>UpSampling2D(interpolation="bilinear")</c>.</summary>
    public static nn.Module<Tensor, Tensor> Upsample2Bilinear() =>
        nn.Upsample(scale_factor: [2.0, 2.0], mode: UpsampleMode.Bilinear, align_corners: false);

    /// <summary>Batch normalisation with Keras' defaults (epsilon 1e-3, moving-average momentum 0.99, i.e. PyTorch momentum 0.01), as the Keras originals used.</summary>
    public static nn.Module<Tensor, Tensor> BatchNorm(long features) => nn.BatchNorm2d(features, eps: 1e-3, momentum: 0.01);

    /// <summary>2x2 max pooling with stride 2.</summary>
    public static nn.Module<Tensor, Tensor> Pool2() => nn.MaxPool2d(2, 2);
}
