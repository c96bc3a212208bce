using DeepClustering.Data;
using DeepClustering.Metrics;
using DeepClustering.Models;
using DeepClustering.Training;
using TorchSharp;

namespace DeepClustering.Reproductions;

/// <summary>One fold's autoencoder and what k-means made of its codes: what later steps need of that fold.</summary>
/// <param name="Fold">The fold the autoencoder trained on.</param>
/// <param name="Model">The trained autoencoder (restored to its best validation epoch).</param>
/// <param name="Training">The training history (loss per epoch, best epoch, time).</param>
/// <param name="FromCache">True when the autoencoder was loaded from the model cache.</param>
/// <param name="TestMse">The reconstruction error on the test images.</param>
/// <param name="TestCodes">The test images' codes.</param>
/// <param name="TestLabels">The k-means cluster of each test image.</param>
/// <param name="Scores">The test labels scored against the true classes.</param>
public sealed record AutoencoderFold(
    Fold Fold, Autoencoder Model, TrainingResult Training, bool FromCache, double TestMse,
    torch.Tensor TestCodes, int[] TestLabels, ClusteringScores Scores)
{
    /// <summary>Two lines: how the autoencoder was trained (or loaded), then its test error and k-means
    /// scores.</summary>
    public string Describe()
    {
        var epochs = Training.History.Count;
        var seconds = epochs > 0 ? Training.History[^1].Elapsed.TotalSeconds : 0;
        var how = FromCache ? "loaded from the model cache"
            : Training.ResumedAfterEpoch > 0 ? $"resumed after epoch {Training.ResumedAfterEpoch} and trained"
            : "trained";
        return $"fold {Fold.Index}: {Fold.Train.Length:N0} train / {Fold.Validation.Length:N0} validation images, " +
            $"{how} " +
            $"({epochs} epochs in {seconds:0.0} s, {seconds / Math.Max(1, epochs):0.00} s per epoch); best epoch " +
            $"{Training.BestEpoch}, validation MSE {Training.BestValidationLoss:0.00000}\n" +
            $"fold {Fold.Index}: test MSE {TestMse:0.00000}; k-means on the codes: test {Scores}";
    }
}
