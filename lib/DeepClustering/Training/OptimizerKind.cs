namespace DeepClustering.Training;

/// <summary>The optimisers the trainer can build.</summary>
public enum OptimizerKind
{
    /// <summary>PyTorch's Adam (TorchSharp's): epsilon is added to the bias-corrected sqrt(v).</summary>
    Adam,

    /// <summary>Stochastic gradient descent with (optional) momentum.</summary>
    Sgd,

    /// <summary>TF/Keras' Adam (<see cref="Training.KerasAdam"/>): epsilon is added to sqrt(v) before the bias correction.</summary>
    KerasAdam,
}
