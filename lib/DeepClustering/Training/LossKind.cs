namespace DeepClustering.Training;

/// <summary>The training losses the trainer knows.</summary>
public enum LossKind
{
    /// <summary>Mean squared error, averaged over every element.</summary>
    MeanSquaredError,

    /// <summary>Binary cross-entropy on outputs in (0, 1) (a sigmoid output layer), averaged over every element.</summary>
    BinaryCrossEntropy,

    /// <summary>Categorical cross-entropy on logits [N, K] with integer class targets [N].</summary>
    CrossEntropy,
}
