using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>
/// Adam with the update of TF/Keras (<c>tf.keras.optimizers.Adam</c>), whose epsilon is Kingma and Ba's "epsilon hat":
/// <c>w -= lr * sqrt(1 - b2^t) / (1 - b1^t) * m / (sqrt(v) + eps)</c>.
/// </summary>
/// <remarks>
/// TorchSharp's <see cref="Adam"/> adds eps to the bias-corrected <c>sqrt(v) / sqrt(1 - b2^t)</c> instead, so with
/// Keras' eps 1e-7 its early steps on small gradients are up to ~32x larger. No TorchSharp or ML.NET optimiser has
/// Keras' form, so the step is written here; it keeps <see cref="Adam"/>'s state (step, m, v) and parameter groups, so
/// <c>save_state_dict</c> and <c>load_state_dict</c> (training resume) work unchanged. The moment updates are written
/// as Keras writes them (<c>m += (g - m) * (1 - b1)</c>). Pinned by tests/golden/make_keras_adam_golden.py.
/// </remarks>
public sealed class KerasAdam : Adam
{
    /// <summary>Keras' default epsilon.</summary>
    public const double DefaultEpsilon = 1e-7;

    /// <summary>Keras' defaults: lr 1e-3, beta1 0.9, beta2 0.999, epsilon <see cref="DefaultEpsilon"/>.</summary>
    public KerasAdam(
        IEnumerable<Parameter> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999,
        double eps = DefaultEpsilon)
        : base(parameters, lr, beta1, beta2, eps)
    {
    }

    /// <summary>One Keras Adam update of every parameter that has a gradient.</summary>
    public override Tensor step(Func<Tensor>? closure = null) => _step<ParamGroup>(group =>
    {
        var options = group.Options;
        var (beta1, beta2) = (options.beta1!.Value, options.beta2!.Value);
        var (eps, lr) = (options.eps!.Value, options.LearningRate!.Value);
        foreach (var parameter in group.Parameters)
        {
            var gradient = parameter.grad;
            if (gradient is null) continue;
            var state = (State)_state[parameter.Handle];
            state.step += 1;
            var alpha = lr * Math.Sqrt(1 - Math.Pow(beta2, state.step)) / (1 - Math.Pow(beta1, state.step));
            state.exp_avg.add_((gradient - state.exp_avg).mul_(1 - beta1));
            state.exp_avg_sq.add_((gradient.square() - state.exp_avg_sq).mul_(1 - beta2));
            parameter.sub_(state.exp_avg.mul(alpha).div_(state.exp_avg_sq.sqrt().add_(eps)));
        }
    }, closure);
}
