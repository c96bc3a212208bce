namespace DeepClustering.Training;

/// <summary>The optimisers the trainer can build.</summary>
public enum OptimizerKind
{
    /// <summary>Adam (beta1 0.9, beta2 0.999, eps 1e-8).</summary>
    Adam,

    /// <summary>Stochastic gradient descent with (optional) momentum.</summary>
    Sgd,
}
