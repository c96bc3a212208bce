using DeepClustering.Training;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepClustering.Models;

/// <summary>How the weights of linear and convolution layers start.</summary>
public enum WeightInitScheme
{
    /// <summary>PyTorch's default: weights and biases uniform in ±1/sqrt(fan_in).</summary>
    TorchDefault,

    /// <summary>Keras' default: Glorot (Xavier) uniform weights in ±sqrt(6 / (fan_in + fan_out)), zero biases.</summary>
    GlorotUniform,

    /// <summary>Normal(0, std) weights, zero biases.</summary>
    Normal,

    /// <summary>DEC-keras' choice for MNIST (Keras <c>VarianceScaling(1/3, fan_in, uniform)</c>): weights uniform in ±sqrt(1 / fan_in), zero biases.</summary>
    FanInUniform,
}

/// <summary>Seeded re-initialisation of every linear and convolution layer of a module (from a private generator, never the global one).</summary>
/// <remarks>
/// Uses the tensor methods <c>uniform_</c>/<c>normal_</c> with a generator: in TorchSharp 0.107.0 <c>nn.init.uniform_</c>
/// accepts a generator but draws from the global one (the same seed gave different weights), so it is not used here.
/// </remarks>
public static class WeightInit
{
    /// <summary>Re-initialises every <c>Linear</c>, <c>Conv2d</c>, <see cref="Convolution2d"/> and <c>ConvTranspose2d</c> in <paramref name="module"/>, in registration order, from <paramref name="seed"/>.</summary>
    public static void Apply(nn.Module module, WeightInitScheme scheme, long seed, double normalStd = 0.01)
    {
        using var generator = Seeding.Generator(seed);
        using var noGrad = no_grad();
        // TorchSharp's modules() lists the descendants only, so a bare layer passed in is visited explicitly.
        foreach (var layer in module.modules().Prepend(module).Distinct(ReferenceEqualityComparer.Instance))
        {
            var (weight, bias) = layer switch
            {
                Linear l => (l.weight, l.bias),
                Conv2d c => (c.weight, c.bias),
                Convolution2d c => (c.Weight, c.Bias),
                ConvTranspose2d t => (t.weight, t.bias),
                _ => (null, null),
            };
            if (weight is null) continue;
            Initialise(weight, bias, scheme, generator, normalStd);
        }
    }

    private static void Initialise(Tensor weight, Tensor? bias, WeightInitScheme scheme, Generator generator, double normalStd)
    {
        var (fanIn, fanOut) = nn.init.CalculateFanInAndFanOut(weight);
        switch (scheme)
        {
            case WeightInitScheme.TorchDefault:
                var bound = 1.0 / Math.Sqrt(fanIn);
                weight.uniform_(-bound, bound, generator);
                bias?.uniform_(-bound, bound, generator);
                break;
            case WeightInitScheme.GlorotUniform:
                var limit = Math.Sqrt(6.0 / (fanIn + fanOut));
                weight.uniform_(-limit, limit, generator);
                if (bias is not null) nn.init.zeros_(bias);
                break;
            case WeightInitScheme.FanInUniform:
                var fanInLimit = Math.Sqrt(1.0 / fanIn);
                weight.uniform_(-fanInLimit, fanInLimit, generator);
                if (bias is not null) nn.init.zeros_(bias);
                break;
            case WeightInitScheme.Normal:
                weight.normal_(0, normalStd, generator);
                if (bias is not null) nn.init.zeros_(bias);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown init scheme.");
        }
    }
}
