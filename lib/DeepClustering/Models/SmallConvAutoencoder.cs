using TorchSharp.Utils;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>
/// The small convolutional autoencoder of experiment 4: Conv 3 3x3 same ReLU, MaxPool 2, Conv 1 3x3 same ReLU, MaxPool 2
/// gives an (H/4)x(W/4)x1 code (8x8 = 64 values on 32x32 images); the decoder mirrors it with nearest upsampling
/// (Conv 1 3x3 ReLU, Upsample 2, Conv 3 3x3 ReLU, Upsample 2, Conv C 3x3 ReLU). Kernels Normal(0, 0.01), zero biases.
/// </summary>
public sealed class SmallConvAutoencoder : Autoencoder
{
    [ComponentName(Name = "encoder")] // its state-dict key
    private readonly nn.Module<Tensor, Tensor> _encoder;
    [ComponentName(Name = "decoder")] // its state-dict key
    private readonly nn.Module<Tensor, Tensor> _decoder;

    /// <summary>Builds the model for images of <paramref name="image"/> shape (H, W multiples of 4) and initialises it from <paramref name="seed"/>.</summary>
    public SmallConvAutoencoder(ImageShape image, long seed = 0, double kernelStd = 0.01)
        : base(nameof(SmallConvAutoencoder), image.RequireDivisibleBy(4, nameof(SmallConvAutoencoder)).ToArray())
    {
        Image = image;
        _encoder = nn.Sequential(
            ("conv0", ConvLayers.Same(image.Channels, 3, 3)), ("relu0", nn.ReLU()), ("pool0", ConvLayers.Pool2()),
            ("conv1", ConvLayers.Same(3, 1, 3)), ("relu1", nn.ReLU()), ("pool1", ConvLayers.Pool2()),
            ("flatten", nn.Flatten()));
        _decoder = nn.Sequential(
            ("unflatten", nn.Unflatten(1, [1, image.Height / 4, image.Width / 4])),
            ("conv0", ConvLayers.Same(1, 1, 3)), ("relu0", nn.ReLU()), ("up0", ConvLayers.Upsample2()),
            ("conv1", ConvLayers.Same(1, 3, 3)), ("relu1", nn.ReLU()), ("up1", ConvLayers.Upsample2()),
            ("conv2", ConvLayers.Same(3, image.Channels, 3)), ("relu2", nn.ReLU()));
        RegisterComponents();
        WeightInit.Apply(this, WeightInitScheme.Normal, seed, kernelStd);
    }

    /// <summary>The input image shape.</summary>
    public ImageShape Image { get; }

    /// <inheritdoc />
    public override nn.Module<Tensor, Tensor> Encoder => _encoder;

    /// <inheritdoc />
    public override nn.Module<Tensor, Tensor> Decoder => _decoder;

    /// <inheritdoc />
    public override long CodeSize => Image.Height / 4 * (Image.Width / 4);
}
