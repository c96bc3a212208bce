using TorchSharp;
using TorchSharp.Modules;
using TorchSharp.Utils;
using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>
/// DEC's clustering layer: soft assignment q_ij proportional to (1 + |z_i - mu_j|^2 / alpha)^(-(alpha + 1) / 2),
/// a Student-t kernel around trainable centres mu, each row normalised to sum to 1.
/// </summary>
public sealed class StudentTClustering : nn.Module<Tensor, Tensor>
{
    [ComponentName(Name = "centres")] // its state-dict key
    private readonly Parameter _centres;

    /// <summary>Creates the layer for <paramref name="clusters"/> centres in a <paramref name="features"/>-dimensional code space (centres start at zero).</summary>
    public StudentTClustering(int clusters, int features, double alpha = 1.0) : base(nameof(StudentTClustering))
    {
        OptionOutOfRangeException.ThrowUnless(clusters >= 1, nameof(clusters), clusters, "at least 1");
        OptionOutOfRangeException.ThrowUnless(features >= 1, nameof(features), features, "at least 1 (the code's width)");
        OptionOutOfRangeException.ThrowUnless(alpha > 0 && double.IsFinite(alpha), nameof(alpha), alpha,
            "positive and finite (the Student-t degrees of freedom)");
        (Clusters, Features, Alpha) = (clusters, features, alpha);
        _centres = new Parameter(zeros(clusters, features));
        RegisterComponents();
    }

    /// <summary>Number of clusters.</summary>
    public int Clusters { get; }

    /// <summary>Dimension of the code space.</summary>
    public int Features { get; }

    /// <summary>Degrees of freedom of the Student-t kernel.</summary>
    public double Alpha { get; }

    /// <summary>The trainable cluster centres [Clusters, Features].</summary>
    public Parameter Centroids => _centres;

    /// <summary>Copies <paramref name="values"/> [Clusters, Features] into the centres (converted to the centres' dtype).</summary>
    public void SetCentroids(Tensor values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.dim() != 2 || values.shape[0] != Clusters || values.shape[1] != Features)
            throw new ArgumentException($"Centres must have shape [{Clusters}, {Features}], got {DeepInput.Shape(values)}.", nameof(values));
        using var noGrad = no_grad();
        _centres.copy_(values);
    }

    /// <summary>Soft assignments q [N, Clusters] for codes [N, Features].</summary>
    public override Tensor forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.dim() != 2 || input.shape[1] != Features)
            throw new ArgumentException($"Codes must have shape [N, {Features}], got {DeepInput.Shape(input)}.", nameof(input));
        using var scope = NewDisposeScope();
        var squared = (input.unsqueeze(1) - _centres.unsqueeze(0)).square().sum(2);
        var kernel = (1 + squared / Alpha).pow(-(Alpha + 1) / 2);
        return (kernel / kernel.sum(1, keepdim: true)).MoveToOuterDisposeScope();
    }
}
