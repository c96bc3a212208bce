using DeepClustering.Data;
using DeepClustering.Deep;
using DeepClustering.Metrics;
using TorchSharp;

namespace DeepClustering.Reproductions;

/// <summary>One fold's DEC run and its result on the test images.</summary>
/// <param name="Fold">The fold whose encoder DEC started from and whose training images it was fitted on.</param>
/// <param name="Summary">The run's summary: iterations, convergence, progress history and time.</param>
/// <param name="TestLabels">The DEC cluster of each test image.</param>
/// <param name="TestCodes">The test images' codes from the encoder after DEC.</param>
/// <param name="Scores">The test labels scored against the true classes.</param>
public sealed record DecFold(
    Fold Fold, DecSummary Summary, int[] TestLabels, torch.Tensor TestCodes, ClusteringScores Scores);
