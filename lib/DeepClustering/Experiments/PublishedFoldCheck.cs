using DeepClustering.Clustering;
using DeepClustering.Data;
using DeepClustering.Deep;
using DeepClustering.Metrics;
using DeepClustering.Models;
using DeepClustering.Models.Keras;
using TorchSharp;

namespace DeepClustering.Experiments;

/// <summary>One fold of the original's published models run here: its DEC model, and k-means on its encoder's codes.</summary>
/// <param name="Fold">The fold number.</param>
/// <param name="KMeansAccuracies">Majority accuracy on the test images of k-means on the codes, one per k-means seed.</param>
/// <param name="DecAccuracy">Majority accuracy on the test images of the original's final DEC model.</param>
public sealed record PublishedFoldCheck(int Fold, double[] KMeansAccuracies, double DecAccuracy)
{
    /// <summary>
    /// Loads fold <paramref name="fold"/>'s published autoencoder, fits k-means (k = 10, 10 restarts) on the codes of
    /// its training rows of <paramref name="pool"/> once per seed and labels <paramref name="test"/>; then loads the
    /// fold's published DEC model and labels the test images with it.
    /// </summary>
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
            using var fit = KMeans.Fit(trainCodes, new KMeansOptions { K = 10, NInit = 10, MaxIter = 300, Seed = seed });
            var labels = LabelArray.From(KMeans.Predict(testCodes, fit.Centroids));
            return ClusteringScores.Compute(testTruth, labels).MajorityAcc;
        }).ToArray();
        using var dec = new DecModel(new BatchNormConvAutoencoder(image, codeSize: 10).Encoder, clusters: 10, codeSize: 10);
        KerasImport.LoadDec(KerasModelFile.Read(models.DecModels[fold.Index]), dec, image.ToArray());
        var decAccuracy = ClusteringScores.Compute(testTruth, Dec.PredictLabels(dec, test)).MajorityAcc;
        return new PublishedFoldCheck(fold.Index, perSeed, decAccuracy);
    }
}
