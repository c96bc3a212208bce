using DeepClustering.Data;
using DeepClustering.Deep;
using DeepClustering.Reproductions;
using DeepClustering.Metrics;
using DeepClustering.Models;
using DeepClustering.Training;
using TorchSharp;

namespace DeepClustering.Tests.Reproductions;

public sealed class FoldRecordTests
{
    [Fact]
    public void An_autoencoder_fold_keeps_what_the_later_steps_read()
    {
        var fold = new Fold(2, [0, 1], [2]);
        using var model = new BatchNormConvAutoencoder(new ImageShape(1, 28, 28), codeSize: 10);
        using var codes = torch.zeros(3, 10);
        var scores = ClusteringScores.Compute([0, 1, 1], [0, 1, 1]);
        var training = new TrainingResult([], BestEpoch: 0, TimeSpan.Zero);
        var record = new AutoencoderFold(fold, model, training, FromCache: true, 0.01, codes, [0, 1, 1], scores);
        Assert.Equal(2, record.Fold.Index);
        Assert.Same(model, record.Model);
        Assert.Equal(1.0, record.Scores.MajorityAcc);
        Assert.StartsWith("fold 2: 2 train / 1 validation images, loaded from the model cache (0 epochs", record.Describe());
        Assert.Contains("\nfold 2: test MSE 0.01000; k-means on the codes: test ", record.Describe());
    }

    [Fact]
    public void A_dec_fold_keeps_its_summary_and_test_labels()
    {
        using var codes = torch.zeros(2, 10);
        var summary = new DecSummary(140, Converged: true, [], TimeSpan.FromSeconds(3));
        var record = new DecFold(
            new Fold(0, [1], [0]), summary, FromCache: false, [1, 0], codes, ClusteringScores.Compute([0, 1], [1, 0]));
        Assert.Equal(140, record.Summary.Iterations);
        Assert.StartsWith("fold 0: DEC converged after 140 iterations; test ", record.Describe());
        Assert.Equal(new[] { 1, 0 }, record.TestLabels);
        Assert.Equal(1.0, record.Scores.Acc);
    }

    [Fact]
    public void A_published_fold_check_needs_the_published_models()
    {
        Assert.Throws<ArgumentNullException>(() =>
            PublishedFoldCheck.Run(null!, new Fold(0, [0], [1]), null!, null!, [], new ImageShape(1, 28, 28), [0]));
    }
}
