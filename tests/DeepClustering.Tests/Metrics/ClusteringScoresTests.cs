using DeepClustering.Metrics;
using TorchSharp;
using Xunit;

namespace DeepClustering.Tests.Metrics;

public sealed class ClusteringScoresTests
{
    [Fact]
    public void Relabelled_perfect_clustering_scores_one_everywhere()
    {
        int[] truth = [0, 0, 1, 1, 2, 2];
        int[] predicted = [2, 2, 0, 0, 1, 1];
        var scores = ClusteringScores.Compute(truth, predicted);
        Assert.Equal(new ClusteringScores(1, 1, 1, 1, 1), scores with { Nmi = Math.Round(scores.Nmi, 12) });
    }

    [Fact]
    public void Merged_classes_lower_Hungarian_but_not_majority_accuracy()
    {
        int[] truth = [0, 0, 1, 1];
        int[] predicted = [0, 0, 0, 1];
        var scores = ClusteringScores.Compute(truth, predicted);
        Assert.Equal(0.75, scores.Acc, 12);
        Assert.Equal(0.75, scores.MajorityAcc, 12);
        Assert.Equal(0.5, scores.Rand, 12);
    }

    [Fact]
    public void Label_array_reads_Int64_tensors_and_rejects_floats()
    {
        using var labels = torch.tensor(new long[] { 3, 1, 2 });
        Assert.Equal([3, 1, 2], LabelArray.From(labels));
        using var floats = torch.zeros(3);
        Assert.Contains("integer", Assert.Throws<ArgumentException>(() => LabelArray.From(floats)).Message);
    }
}
