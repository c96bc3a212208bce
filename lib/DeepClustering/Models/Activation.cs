using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>Element-wise activations a configurable layer can end with.</summary>
public enum Activation
{
    /// <summary>No activation (identity).</summary>
    Linear,

    /// <summary>max(0, x).</summary>
    ReLU,

    /// <summary>1 / (1 + e^-x).</summary>
    Sigmoid,

    /// <summary>tanh(x).</summary>
    Tanh,
}

/// <summary>Builds the TorchSharp layer of an <see cref="Activation"/>.</summary>
public static class ActivationLayers
{
    /// <summary>The layer for <paramref name="activation"/>, or null for <see cref="Activation.Linear"/>.</summary>
    public static nn.Module<Tensor, Tensor>? Create(Activation activation) => activation switch
    {
        Activation.Linear => null,
        Activation.ReLU => nn.ReLU(),
        Activation.Sigmoid => nn.Sigmoid(),
        Activation.Tanh => nn.Tanh(),
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation."),
    };
}
