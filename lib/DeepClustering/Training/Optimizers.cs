using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>Builds TorchSharp optimisers from an <see cref="OptimizerKind"/>: the one place the library makes one.</summary>
public static class Optimizers
{
    /// <summary>An optimiser of <paramref name="kind"/> over <paramref name="parameters"/>; <paramref name="momentum"/> is used by SGD only, <paramref name="epsilon"/> by the Adams only.</summary>
    public static OptimizerHelper Create(
        OptimizerKind kind, IEnumerable<Parameter> parameters, double learningRate, double momentum = 0.9, double epsilon = 1e-8) =>
        kind switch
        {
            OptimizerKind.Adam => optim.Adam(parameters, lr: learningRate, eps: epsilon),
            OptimizerKind.KerasAdam => new KerasAdam(parameters, learningRate, eps: epsilon),
            OptimizerKind.Sgd => optim.SGD(parameters, learningRate, momentum: momentum),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown optimizer kind."),
        };
}
