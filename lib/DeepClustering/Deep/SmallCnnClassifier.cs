using DeepClustering.Models;
using TorchSharp;
using TorchSharp.Utils;
using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>
/// The small CNN of experiment 2: Conv 32 3x3 relu, MaxPool 2, Conv 64 3x3 relu, MaxPool 2, Flatten, Dropout, Dense to the classes.
/// </summary>
/// <remarks>
/// Convolutions are unpadded as in Keras' default, so each spatial side must be at least <see cref="MinimumSide"/> pixels.
/// <see cref="nn.Module{T, TResult}.forward"/> returns logits (the softmax lives in the cross-entropy loss and in
/// <see cref="Probabilities"/>). Weights start Glorot-uniform with zero biases (Keras' defaults), drawn from a private generator seeded by the constructor's seed.
/// </remarks>
public sealed class SmallCnnClassifier : nn.Module<Tensor, Tensor>
{
    /// <summary>The smallest image side the two unpadded 3x3 convolutions and 2x2 poolings accept.</summary>
    public const int MinimumSide = 10;

    [ComponentName(Name = "layers")] // its state-dict key
    private readonly nn.Module<Tensor, Tensor> _layers;

    /// <summary>Input channels.</summary>
    public int Channels { get; }

    /// <summary>Input height in pixels.</summary>
    public int Height { get; }

    /// <summary>Input width in pixels.</summary>
    public int Width { get; }

    /// <summary>Number of output classes.</summary>
    public int Classes { get; }

    /// <summary>Creates the network for [N, <paramref name="channels"/>, <paramref name="height"/>, <paramref name="width"/>] inputs (MNIST: 1, 28, 28, 10 classes), Glorot-uniform weights drawn from <paramref name="seed"/>.</summary>
    public SmallCnnClassifier(int channels = 1, int height = 28, int width = 28, int classes = 10, double dropout = 0.5, long seed = 0)
        : base(nameof(SmallCnnClassifier))
    {
        new OptionChecks()
            .Require(channels >= 1, nameof(channels), channels, "at least 1")
            .Require(height >= MinimumSide, nameof(height), height, $"at least {MinimumSide} pixels")
            .Require(width >= MinimumSide, nameof(width), width, $"at least {MinimumSide} pixels")
            .Require(classes >= 1, nameof(classes), classes, "at least 1")
            .Require(dropout is >= 0 and < 1, nameof(dropout), dropout, "in [0, 1)")
            .ThrowIfAny();
        (Channels, Height, Width, Classes) = (channels, height, width, classes);
        _layers = nn.Sequential(
            ("conv1", new Convolution2d(channels, 32, 3, padding: 0)), ("relu1", nn.ReLU()), ("pool1", nn.MaxPool2d(2)),
            ("conv2", new Convolution2d(32, 64, 3, padding: 0)), ("relu2", nn.ReLU()), ("pool2", nn.MaxPool2d(2)),
            ("flatten", nn.Flatten()), ("dropout", nn.Dropout(dropout)),
            ("dense", nn.Linear(64 * FeatureSide(height) * FeatureSide(width), classes)));
        RegisterComponents();
        WeightInit.Apply(this, WeightInitScheme.GlorotUniform, seed);  // Keras' default init, as in the original
    }

    /// <summary>The side length after both conv/pool stages for an input side of <paramref name="side"/> pixels.</summary>
    public static int FeatureSide(int side) => ((side - 2) / 2 - 2) / 2;

    /// <summary>Class logits [N, Classes] for images [N, Channels, Height, Width].</summary>
    public override Tensor forward(Tensor input)
    {
        CheckInput(input, nameof(input));
        return _layers.forward(input);
    }

    /// <summary>Softmax class probabilities [N, Classes].</summary>
    public Tensor Probabilities(Tensor input)
    {
        using var scope = NewDisposeScope();
        return nn.functional.softmax(forward(input), 1).MoveToOuterDisposeScope();
    }

    /// <summary>Throws an <see cref="ArgumentException"/> unless <paramref name="input"/> is [N, Channels, Height, Width].</summary>
    public void CheckInput(Tensor input, string name)
    {
        ArgumentNullException.ThrowIfNull(input, name);
        if (input.dim() != 4 || input.shape[1] != Channels || input.shape[2] != Height || input.shape[3] != Width)
            throw new ArgumentException(
                $"{name} must have shape [N, {Channels}, {Height}, {Width}], got {DeepInput.Shape(input)}.", name);
    }
}
