using DeepClustering.Caching;
using TorchSharp.Utils;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>
/// The convolutional autoencoder of experiment 5. Encoder: Conv 32 7x7 same, ReLU, BN, MaxPool; Conv 16 5x5, ReLU, BN,
/// MaxPool; Conv 8 3x3, ReLU, BN; Flatten (8·H/4·W/4 = 392 on 28x28); ReLU; Dense 128; ReLU; Dense code (linear).
/// Decoder: Dense 128 ReLU, Dense 8·H/4·W/4 ReLU, reshape, Conv 8 3x3 ReLU, BN, Upsample 2, Conv 16 5x5 ReLU, BN,
/// Upsample 2, Conv 32 7x7 ReLU, Conv C 3x3, ReLU. The upsampling is bilinear with half-pixel centres, as the original's
/// trained models say (<c>UpSampling2D(interpolation="bilinear")</c> in their <c>model_config</c>). Glorot-uniform kernels,
/// zero biases, Keras batch-norm constants (the original's Keras defaults).
/// </summary>
[ModelVersion(2)]  // 2: bilinear upsampling (1 was nearest-neighbour)
public sealed class BatchNormConvAutoencoder : Autoencoder
{
    [ComponentName(Name = "encoder")] // its state-dict key
    private readonly nn.Module<Tensor, Tensor> _encoder;
    [ComponentName(Name = "decoder")] // its state-dict key
    private readonly nn.Module<Tensor, Tensor> _decoder;

    /// <summary>Builds the model for <paramref name="image"/> (H, W multiples of 4) with a <paramref name="codeSize"/>-d code, initialised from <paramref name="seed"/>.</summary>
    public BatchNormConvAutoencoder(ImageShape image, long codeSize = 10, long seed = 0)
        : base(nameof(BatchNormConvAutoencoder), image.RequireDivisibleBy(4, nameof(BatchNormConvAutoencoder)).ToArray())
    {
        OptionOutOfRangeException.ThrowUnless(codeSize >= 1, nameof(codeSize), codeSize, "at least 1");
        Image = image;
        CodeSize = codeSize;
        var (h, w) = (image.Height / 4, image.Width / 4);
        var flat = 8 * h * w;
        _encoder = nn.Sequential(
            ("conv0", ConvLayers.Same(image.Channels, 32, 7)), ("relu0", nn.ReLU()), ("bn0", ConvLayers.BatchNorm(32)), ("pool0", ConvLayers.Pool2()),
            ("conv1", ConvLayers.Same(32, 16, 5)), ("relu1", nn.ReLU()), ("bn1", ConvLayers.BatchNorm(16)), ("pool1", ConvLayers.Pool2()),
            ("conv2", ConvLayers.Same(16, 8, 3)), ("relu2", nn.ReLU()), ("bn2", ConvLayers.BatchNorm(8)),
            ("flatten", nn.Flatten()), ("relu3", nn.ReLU()),
            ("dense0", nn.Linear(flat, 128)), ("relu4", nn.ReLU()),
            ("code", nn.Linear(128, codeSize)));
        _decoder = nn.Sequential(
            ("dense0", nn.Linear(codeSize, 128)), ("relu0", nn.ReLU()),
            ("dense1", nn.Linear(128, flat)), ("relu1", nn.ReLU()),
            ("unflatten", nn.Unflatten(1, [8, h, w])),
            ("conv0", ConvLayers.Same(8, 8, 3)), ("relu2", nn.ReLU()), ("bn0", ConvLayers.BatchNorm(8)), ("up0", ConvLayers.Upsample2Bilinear()),
            ("conv1", ConvLayers.Same(8, 16, 5)), ("relu3", nn.ReLU()), ("bn1", ConvLayers.BatchNorm(16)), ("up1", ConvLayers.Upsample2Bilinear()),
            ("conv2", ConvLayers.Same(16, 32, 7)), ("relu4", nn.ReLU()),
            ("conv3", ConvLayers.Same(32, image.Channels, 3)), ("relu5", nn.ReLU()));
        RegisterComponents();
        WeightInit.Apply(this, WeightInitScheme.GlorotUniform, seed);
    }

    /// <summary>The input image shape.</summary>
    public ImageShape Image { get; }

    /// <inheritdoc />
    public override nn.Module<Tensor, Tensor> Encoder => _encoder;

    /// <inheritdoc />
    public override nn.Module<Tensor, Tensor> Decoder => _decoder;

    /// <inheritdoc />
    public override long CodeSize { get; }
}
