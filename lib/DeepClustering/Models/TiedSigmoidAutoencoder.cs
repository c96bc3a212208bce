using System.Diagnostics;
using DeepClustering.Training;
using TorchSharp.Modules;
using TorchSharp.Utils;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>
/// The tied-weight sigmoid autoencoder of experiment 1 (a denoising-autoencoder formulation without corruption):
/// y = s(xW + b_h), z = s(yWᵀ + b_v), in float64 like the NumPy original. It is trained by the original's explicit
/// full-batch rule on the cross-entropy loss, not by autograd: δ_v = x − z, δ_h = (δ_v W) ⊙ y ⊙ (1 − y),
/// W += lr (xᵀδ_h + δ_vᵀy) (summed over samples), b_h += lr mean(δ_h), b_v += lr mean(δ_v).
/// </summary>
public sealed class TiedSigmoidAutoencoder : Autoencoder
{
    /// <summary>The seed of the original's <c>numpy.random.RandomState(123)</c>.</summary>
    public const long OriginalSeed = 123;

    [ComponentName(Name = "encoder")] // its state-dict key
    private readonly TiedSigmoidEncoder _encoder;
    [ComponentName(Name = "decoder")] // its state-dict key
    private readonly TiedSigmoidDecoder _decoder;

    /// <summary>
    /// Builds the model as the original did: W [visible, hidden] = NumPy <c>RandomState(seed).uniform(±1/visible)</c>
    /// (so seed 123 gives the original's exact weights), both bias vectors constant <paramref name="initialBias"/> (the original's 2).
    /// </summary>
    public TiedSigmoidAutoencoder(long visible = 9, long hidden = 4, long seed = OriginalSeed, double initialBias = 2.0)
        : base(nameof(TiedSigmoidAutoencoder), [RequirePositive(visible, nameof(visible))])
    {
        RequirePositive(hidden, nameof(hidden));
        Visible = visible;
        Hidden = hidden;
        var bound = 1.0 / visible;
        var initial = new NumPyRandomState(seed).Uniform(-bound, bound, checked((int)(visible * hidden)));
        var weight = new Parameter(tensor(initial, [visible, hidden], ScalarType.Float64), requires_grad: false);
        _encoder = new TiedSigmoidEncoder(weight, new Parameter(full([hidden], initialBias, ScalarType.Float64), requires_grad: false));
        _decoder = new TiedSigmoidDecoder(weight, new Parameter(full([visible], initialBias, ScalarType.Float64), requires_grad: false));
        RegisterComponents();
    }

    /// <summary>Number of input (visible) units.</summary>
    public long Visible { get; }

    /// <summary>Number of hidden units (the code size).</summary>
    public long Hidden { get; }

    /// <summary>The weight matrix W [visible, hidden]; the decoder uses its transpose.</summary>
    public Tensor Weight => _encoder.Weight;

    /// <inheritdoc />
    public override nn.Module<Tensor, Tensor> Encoder => _encoder;

    /// <inheritdoc />
    public override nn.Module<Tensor, Tensor> Decoder => _decoder;

    /// <inheritdoc />
    public override long CodeSize => Hidden;

    /// <summary>One full-batch update on <paramref name="input"/> [N, visible]; returns the sum of squared errors measured before it (as the original plotted).</summary>
    public double Step(Tensor input, double learningRate)
    {
        CheckInput(input);
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var x = TiedSigmoidEncoder.AsFloat64(input);
        var w = _encoder.Weight;
        var y = _encoder.call(x);
        var z = _decoder.call(y);
        var visibleDelta = x - z;
        var sse = visibleDelta.square().sum().item<double>();
        var hiddenDelta = visibleDelta.matmul(w).mul_(y).mul_(1.0 - y);
        var weightGradient = x.t().matmul(hiddenDelta).add_(visibleDelta.t().matmul(y));
        w.add_(weightGradient, alpha: learningRate);
        _encoder.Bias.add_(hiddenDelta.mean([0]), alpha: learningRate);
        _decoder.Bias.add_(visibleDelta.mean([0]), alpha: learningRate);
        return sse;
    }

    /// <summary>
    /// Runs <paramref name="epochs"/> full-batch updates (the original: 10,000 at lr 0.005) and returns the SSE curve,
    /// one value per epoch, each measured before that epoch's update. Progress is reported every <paramref name="progressInterval"/> epochs.
    /// </summary>
    public double[] Train(Tensor input, int epochs = 10_000, double learningRate = 0.005,
        IProgress<TrainingProgress>? progress = null, int progressInterval = 100)
    {
        OptionOutOfRangeException.ThrowUnless(epochs >= 0, nameof(epochs), epochs, "at least 0");
        OptionOutOfRangeException.ThrowUnless(progressInterval >= 1, nameof(progressInterval), progressInterval, "at least 1");
        CheckInput(input);
        using var scope = NewDisposeScope();
        var x = TiedSigmoidEncoder.AsFloat64(input);
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

    private void CheckInput(Tensor input) =>
        TensorShapes.RequireBatchOf(input, [Visible], nameof(input), nameof(TiedSigmoidAutoencoder) + " input");

    private static long RequirePositive(long value, string name)
    {
        OptionOutOfRangeException.ThrowUnless(value > 0, name, value, "positive");
        return value;
    }
}
