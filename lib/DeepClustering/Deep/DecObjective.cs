using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>DEC's self-training target and loss.</summary>
public static class DecObjective
{
    /// <summary>Probabilities are clipped to [Epsilon, 1] inside the loss, as Keras' KL divergence does.</summary>
    public const double Epsilon = 1e-7;

    /// <summary>The sharpened target p_ij = (q_ij^2 / f_j) / sum_j' (q_ij'^2 / f_j'), with f_j = sum_i q_ij the soft cluster frequency.</summary>
    public static Tensor TargetDistribution(Tensor q)
    {
        RequireAssignments(q, nameof(q));
        using var scope = NewDisposeScope();
        var weight = q.square() / q.sum(0, keepdim: true);
        return (weight / weight.sum(1, keepdim: true)).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// KL(P || Q) per sample, averaged over the batch ("batchmean"): mean_i sum_j p_ij log(p_ij / q_ij), both clipped to
    /// [<see cref="Epsilon"/>, 1]; this is what Keras' <c>kld</c> loss (used by DEC-keras) computes.
    /// </summary>
    public static Tensor KlDivergence(Tensor p, Tensor q)
    {
        RequireAssignments(p, nameof(p));
        RequireAssignments(q, nameof(q));
        if (!p.shape.SequenceEqual(q.shape))
            throw new ArgumentException($"P and Q must have the same shape, got {DeepInput.Shape(p)} and {DeepInput.Shape(q)}.", nameof(q));
        using var scope = NewDisposeScope();
        var pc = p.clamp(Epsilon, 1);
        var qc = q.clamp(Epsilon, 1);
        return (pc * (pc.log() - qc.log())).sum(1).mean().MoveToOuterDisposeScope();
    }

    private static void RequireAssignments(Tensor t, string name)
    {
        ArgumentNullException.ThrowIfNull(t, name);
        if (t.dim() != 2)
            throw new ArgumentException($"{name} must be soft assignments [N, K], got shape {DeepInput.Shape(t)}.", name);
    }
}
