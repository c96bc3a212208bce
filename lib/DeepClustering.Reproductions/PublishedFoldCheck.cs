using DeepClustering.Clustering;
using DeepClustering.Data;
using DeepClustering.Deep;
using DeepClustering.Metrics;
using DeepClustering.Models;
using DeepClustering.Keras;
using TorchSharp;

namespace DeepClustering.Reproductions;

/// <summary>One fold of the original's published models run here: its DEC model, k-means on its codes.</summary>
/// <param name="Fold">The fold number.</param>
/// <param name="KMeansAccuracies">Test majority accuracy of k-means on the codes, one per k-means seed.</param>
/// <param name="DecAccuracy">Majority accuracy on the test images of the original's final DEC model.</param>
public sealed record PublishedFoldCheck(int Fold, double[] KMeansAccuracies, double DecAccuracy)
{
    /// <summary>One line: the DEC model's accuracy next to <paramref name="reported"/>, and k-means' per
    /// seed.</summary>
    public string Describe(double reported) =>
        $"fold {Fold}: original DEC model {DecAccuracy:0.0000} (reported {reported:0.0000}); original autoencoder + " +
        $"k-means over {KMeansAccuracies.Length} seeds " +
        string.Join(" ", KMeansAccuracies.Select(a => a.ToString("0.0000")));

    /// <summary>Runs one fold's published autoencoder and DEC model on <paramref name="test"/>.</summary>
    /// <remarks>k-means (k = 10, 10 restarts, once per seed) is fitted on the codes of the fold's rows of
    /// <paramref name="pool"/>.</remarks>
    public static PublishedFoldCheck Run(PublishedFoldModels models, Fold fold, torch.Tensor pool, torch.Tensor test,
        int[] testTruth, ImageShape image, IReadOnlyList<int> kmeansSeeds)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(fold);
        ArgumentNullException.ThrowIfNull(kmeansSeeds);
        using var original = new BatchNormConvAutoencoder(image, codeSize: 10);
        KerasImport.LoadAutoencoder(KerasModelFile.Read(models.Autoencoders[fold.Index]), original);
        using var trainCodes = original.Encode(FoldRows.Of(pool, fold.Train));
        using var testCodes = original.Encode(test);
        var perSeed = kmeansSeeds.Select(seed =>
        {
            var options = new KMeansOptions { K = 10, Restarts = 10, MaxIterations = 300, Seed = seed };
            using var fit = KMeans.Fit(trainCodes, options);
            var labels = KMeans.PredictLabels(testCodes, fit.Centroids);
            return ClusteringScores.Compute(testTruth, labels).MajorityAcc;
        }).ToArray();
        var shell = new BatchNormConvAutoencoder(image, codeSize: 10);
        using var dec = new DecModel(shell.Encoder, clusters: 10, codeSize: 10);
        KerasImport.LoadDec(KerasModelFile.Read(models.DecModels[fold.Index]), dec, image.ToArray());
        var decAccuracy = ClusteringScores.Compute(testTruth, Dec.PredictLabels(dec, test)).MajorityAcc;
        return new PublishedFoldCheck(fold.Index, perSeed, decAccuracy);
    }
}
