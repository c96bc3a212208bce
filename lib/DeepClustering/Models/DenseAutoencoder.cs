using TorchSharp.Utils;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>
/// A fully connected autoencoder with configurable layer sizes: the encoder maps sizes[0] -> ... -> sizes[^1] (the code),
/// the decoder mirrors it. Hidden layers use one activation, the code layer and the output layer their own.
/// </summary>
public sealed class DenseAutoencoder : Autoencoder
{
    [ComponentName(Name = "encoder")] // its state-dict key
    private readonly nn.Module<Tensor, Tensor> _encoder;
    [ComponentName(Name = "decoder")] // its state-dict key
    private readonly nn.Module<Tensor, Tensor> _decoder;

    /// <summary>Builds the autoencoder and initialises it from <paramref name="seed"/>.</summary>
    /// <param name="sizes">Layer widths from the input to the code, at least two, for example [784, 500, 500, 2000, 10].</param>
    /// <param name="hidden">Activation after every hidden layer (encoder and decoder).</param>
    /// <param name="code">Activation of the code layer.</param>
    /// <param name="output">Activation of the reconstruction.</param>
    /// <param name="init">Weight initialisation.</param>
    /// <param name="seed">Initialisation seed.</param>
    public DenseAutoencoder(IReadOnlyList<long> sizes, Activation hidden = Activation.ReLU, Activation code = Activation.Linear,
        Activation output = Activation.Linear, WeightInitScheme init = WeightInitScheme.GlorotUniform, long seed = 0)
        : base(nameof(DenseAutoencoder), [Validated(sizes)[0]])
    {
        Sizes = [.. sizes];
        _encoder = Stack(Sizes, hidden, code);
        _decoder = Stack([.. Sizes.Reverse()], hidden, output);
        RegisterComponents();
        WeightInit.Apply(this, init, seed);
    }

    /// <summary>The DEC standard 784-500-500-2000-10 autoencoder (ReLU hidden layers, linear code and output).</summary>
    public static DenseAutoencoder DecStandard(long inputSize = 784, long codeSize = 10, long seed = 0, WeightInitScheme init = WeightInitScheme.GlorotUniform) =>
        new([inputSize, 500, 500, 2000, codeSize], init: init, seed: seed);

    /// <summary>Layer widths from the input to the code.</summary>
    public IReadOnlyList<long> Sizes { get; }

    /// <inheritdoc />
    public override nn.Module<Tensor, Tensor> Encoder => _encoder;

    /// <inheritdoc />
    public override nn.Module<Tensor, Tensor> Decoder => _decoder;

    /// <inheritdoc />
    public override long CodeSize => Sizes[^1];

    private static IReadOnlyList<long> Validated(IReadOnlyList<long> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (sizes.Count < 2 || sizes.Any(s => s <= 0))
            throw new ArgumentException($"Layer sizes: expected at least two positive widths (input, ..., code) but got [{string.Join(", ", sizes)}].", nameof(sizes));
        return sizes;
    }

    private static nn.Module<Tensor, Tensor> Stack(IReadOnlyList<long> widths, Activation hidden, Activation last)
    {
        var layers = new List<(string, nn.Module<Tensor, Tensor>)>();
        for (var i = 0; i + 1 < widths.Count; i++)
        {
            layers.Add(($"linear{i}", nn.Linear(widths[i], widths[i + 1])));
            var activation = ActivationLayers.Create(i + 2 == widths.Count ? last : hidden);
            if (activation is not null) layers.Add(($"act{i}", activation));
        }
        return nn.Sequential(layers);
    }
}
