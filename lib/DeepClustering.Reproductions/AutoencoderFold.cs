using DeepClustering.Data;
using DeepClustering.Metrics;
using DeepClustering.Models;
using DeepClustering.Training;
using TorchSharp;

namespace DeepClustering.Reproductions;

/// <summary>One fold's autoencoder and what k-means made of its codes: what later steps need of that fold.</summary>
/// <param name="Fold">The fold the autoencoder trained on.</param>
/// <param name="Model">The trained autoencoder (restored to its best validation epoch).</param>
/// <param name="CacheKey">The autoencoder's key in the model cache, for the steps that load it afresh.</param>
/// <param name="Training">The training history (loss per epoch, best epoch, time).</param>
/// <param name="TestMse">The reconstruction error on the test images.</param>
/// <param name="TestCodes">The test images' codes.</param>
/// <param name="TestLabels">The k-means cluster of each test image.</param>
/// <param name="Scores">The test labels scored against the true classes.</param>
public sealed record AutoencoderFold(
    Fold Fold, Autoencoder Model, string CacheKey, TrainingResult Training, double TestMse,
    torch.Tensor TestCodes, int[] TestLabels, ClusteringScores Scores);
