using System.Diagnostics;
using DeepClustering.Torch;
using DeepClustering.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>
/// The tied-weight sigmoid autoencoder of experiment 1 (a denoising-autoencoder formulation without corruption):
/// y = s(xW + b_h), z = s(yWᵀ + b_v). It is trained by the original's explicit full-batch rule on the cross-entropy
/// loss, not by autograd: δ_v = x − z, δ_h = (δ_v W) ⊙ y ⊙ (1 − y), W += lr (xᵀδ_h + δ_vᵀy) (summed over samples),
/// b_h += lr mean(δ_h), b_v += lr mean(δ_v). Computed in float64 like the NumPy original.
/// </summary>
public sealed class TiedSigmoidAutoencoder : nn.Module<Tensor, Tensor>
{
    private readonly Parameter weight;
    private readonly Parameter hidden_bias;
    private readonly Parameter visible_bias;

    /// <summary>
    /// Builds the model: W uniform in ±1/<paramref name="visible"/> from <paramref name="seed"/>, both bias vectors
    /// constant <paramref name="initialBias"/> (the original's 2).
    /// </summary>
    public TiedSigmoidAutoencoder(long visible = 9, long hidden = 4, long seed = 0, double initialBias = 2.0)
        : base(nameof(TiedSigmoidAutoencoder))
    {
        TorchRuntime.EnsureInitialized();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(visible);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hidden);
        Visible = visible;
        Hidden = hidden;
        using var generator = Seeding.Generator(seed);
        var bound = 1.0 / visible;
        weight = new Parameter(empty([visible, hidden], ScalarType.Float64).uniform_(-bound, bound, generator), requires_grad: false);
        hidden_bias = new Parameter(full([hidden], initialBias, ScalarType.Float64), requires_grad: false);
        visible_bias = new Parameter(full([visible], initialBias, ScalarType.Float64), requires_grad: false);
        RegisterComponents();
    }

    /// <summary>Number of input (visible) units.</summary>
    public long Visible { get; }

    /// <summary>Number of hidden units (the code size).</summary>
    public long Hidden { get; }

    /// <summary>The weight matrix W [visible, hidden]; the decoder uses its transpose.</summary>
    public Tensor Weight => weight;

    /// <summary>The hidden activations s(xW + b_h) [N, hidden] in float64 (the features k-means clusters).</summary>
    public Tensor Encode(Tensor input)
    {
        var x = Checked(input);
        return torch.sigmoid(x.matmul(weight).add_(hidden_bias));
    }

    /// <summary>The reconstruction s(yWᵀ + b_v) of hidden activations <paramref name="hidden"/>.</summary>
    public Tensor Decode(Tensor hidden) => torch.sigmoid(hidden.matmul(weight.t()).add_(visible_bias));

    /// <summary>Reconstructs a batch [N, visible].</summary>
    public override Tensor forward(Tensor input) => Decode(Encode(input));

    /// <summary>One full-batch update on <paramref name="input"/>; returns the sum of squared errors measured before it (as the original plotted).</summary>
    public double Step(Tensor input, double learningRate)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var x = Checked(input);
        var y = torch.sigmoid(x.matmul(weight).add_(hidden_bias));
        var z = torch.sigmoid(y.matmul(weight.t()).add_(visible_bias));
        var visibleDelta = x - z;
        var sse = visibleDelta.square().sum().item<double>();
        var hiddenDelta = visibleDelta.matmul(weight).mul_(y).mul_(1.0 - y);
        var weightGradient = x.t().matmul(hiddenDelta).add_(visibleDelta.t().matmul(y));
        weight.add_(weightGradient, alpha: learningRate);
        hidden_bias.add_(hiddenDelta.mean([0]), alpha: learningRate);
        visible_bias.add_(visibleDelta.mean([0]), alpha: learningRate);
        return sse;
    }

    /// <summary>
    /// Runs <paramref name="epochs"/> full-batch updates (the original: 10,000 at lr 0.005) and returns the SSE curve,
    /// one value per epoch, each measured before that epoch's update.
    /// </summary>
    public double[] Train(Tensor input, int epochs = 10_000, double learningRate = 0.005,
        IProgress<TrainingProgress>? progress = null, int progressInterval = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epochs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(progressInterval);
        using var scope = NewDisposeScope();
        var x = Checked(input);
        var curve = new double[epochs];
        var clock = Stopwatch.StartNew();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            curve[epoch] = Step(x, learningRate);
            if (progress is not null && ((epoch + 1) % progressInterval == 0 || epoch + 1 == epochs))
                progress.Report(new TrainingProgress(epoch + 1, epochs, epoch + 1, 1, curve[epoch], null, TrainingProgress.NoMetrics, clock.Elapsed, true));
        }
        return curve;
    }

    private Tensor Checked(Tensor input)
    {
        TensorShapes.RequireBatchOf(input, [Visible], nameof(input), nameof(TiedSigmoidAutoencoder) + " input");
        return input.dtype == ScalarType.Float64 ? input : input.to_type(ScalarType.Float64);
    }
}
