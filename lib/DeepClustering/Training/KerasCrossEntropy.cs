using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>
/// Keras' <c>categorical_crossentropy</c> on probabilities (a softmax output, <c>from_logits=False</c>, run eagerly):
/// each row is renormalised to sum 1, clipped to [<see cref="Epsilon"/>, 1 - <see cref="Epsilon"/>], and
/// <c>-log</c> of its true class is that sample's loss.
/// </summary>
/// <remarks>
/// The clipping makes its gradient zero where a probability is clipped, which the log-softmax of TorchSharp's
/// <c>cross_entropy</c> on logits does not do, so the originals' step is written out here.
/// </remarks>
public static class KerasCrossEntropy
{
    /// <summary>Keras' default fuzz factor (<c>keras.backend.epsilon()</c>).</summary>
    public const double Epsilon = 1e-7;

    /// <summary>The per-sample losses [N] of probabilities [N, K] against integer classes [N] (int64).</summary>
    public static Tensor PerSample(Tensor probabilities, Tensor classes)
    {
        if (probabilities.dim() != 2 || classes.dim() != 1 || classes.shape[0] != probabilities.shape[0])
            throw new ArgumentException(
                $"Expected probabilities [N, K] and classes [N]; got [{string.Join(", ", probabilities.shape)}] " +
                $"and [{string.Join(", ", classes.shape)}].", nameof(probabilities));
        using var scope = NewDisposeScope();
        var normalised = probabilities / probabilities.sum(1, keepdim: true);
        var clipped = normalised.clamp(Epsilon, 1 - Epsilon);
        return clipped.log().gather(1, classes.unsqueeze(1)).squeeze(1).neg().MoveToOuterDisposeScope();
    }
}
