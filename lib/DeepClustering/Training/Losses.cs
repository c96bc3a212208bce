using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>Maps a <see cref="LossKind"/> to TorchSharp's loss function.</summary>
public static class Losses
{
    /// <summary>The loss function <c>(prediction, target) =&gt; scalar</c> for <paramref name="kind"/>.</summary>
    public static Func<Tensor, Tensor, Tensor> Create(LossKind kind) => kind switch
    {
        LossKind.MeanSquaredError => (prediction, target) => nn.functional.mse_loss(prediction, target),
        LossKind.BinaryCrossEntropy => (prediction, target) => nn.functional.binary_cross_entropy(prediction, target),
        LossKind.CrossEntropy => (prediction, target) => nn.functional.cross_entropy(prediction, target),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown loss kind."),
    };
}
