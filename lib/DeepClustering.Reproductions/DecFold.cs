using DeepClustering.Data;
using DeepClustering.Deep;
using DeepClustering.Metrics;
using TorchSharp;

namespace DeepClustering.Reproductions;

/// <summary>One fold's DEC run and its result on the test images.</summary>
/// <param name="Fold">The fold whose encoder DEC started from and whose training images it was fitted on.</param>
/// <param name="Summary">The run's summary: iterations, convergence, progress history and time.</param>
/// <param name="FromCache">True when the DEC model was loaded from the model cache.</param>
/// <param name="TestLabels">The DEC cluster of each test image.</param>
/// <param name="TestCodes">The test images' codes from the encoder after DEC.</param>
/// <param name="Scores">The test labels scored against the true classes.</param>
public sealed record DecFold(
    Fold Fold, DecSummary Summary, bool FromCache, int[] TestLabels, torch.Tensor TestCodes, ClusteringScores Scores)
{
    /// <summary>One line: whether DEC was trained or loaded, how it stopped, and its test scores.</summary>
    public string Describe() =>
        $"fold {Fold.Index}: DEC {(FromCache ? "loaded from the model cache; it had " : "")}" +
        $"{(Summary.Converged ? "converged" : "stopped")} after {Summary.Iterations} iterations; test {Scores}";
}
