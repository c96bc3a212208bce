namespace DeepClustering.Caching;

/// <summary>A training algorithm as the cache identity names it.</summary>
/// <param name="Name">The algorithm, such as <c>Trainer.Fit autoencoder</c>.</param>
/// <param name="Version">Raised when a change to the algorithm changes its numbers, so no older model is loaded as
/// new.</param>
public sealed record TrainingAlgorithm(string Name, int Version)
{
    /// <summary>The name and version as one word, such as <c>Dec.Fit v1</c>.</summary>
    public override string ToString() => $"{Name} v{Version}";
}
