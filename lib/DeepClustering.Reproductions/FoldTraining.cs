using DeepClustering.Caching;
using DeepClustering.Clustering;
using DeepClustering.Data;
using DeepClustering.Deep;
using DeepClustering.Keras;
using DeepClustering.Metrics;
using DeepClustering.Models;
using DeepClustering.Training;
using static TorchSharp.torch;

namespace DeepClustering.Reproductions;

/// <summary>
/// Experiment 5's models, fold by fold, through the model cache: each fold's autoencoder and k-means on its codes, then
/// DEC from that autoencoder's encoder, or from the encoder the original published for the fold.
/// </summary>
/// <param name="cache">Where trained models are kept (a re-run loads them; an interrupted autoencoder resumes).</param>
/// <param name="pool">The training images the folds index.</param>
/// <param name="poolTruth">Their classes (DEC's shown accuracy only).</param>
/// <param name="test">The test images every model is scored on.</param>
/// <param name="testTruth">Their classes.</param>
/// <param name="protocol">Epochs, iterations and the rest of the profile.</param>
/// <param name="seed">The run's seed; fold i's autoencoder takes seed + i for its weights and its batch order.</param>
public sealed class FoldTraining(
    ModelCache cache, Tensor pool, int[] poolTruth, Tensor test, int[] testTruth, FoldProtocol protocol, int seed)
{
    /// <summary>The images' shape (channels, height, width).</summary>
    public ImageShape Image { get; } = new(pool.shape[1], pool.shape[2], pool.shape[3]);

    /// <summary>
    /// Trains (or loads) the fold's autoencoder on its training rows, keeping its best validation epoch, then fits
    /// k-means
    /// (k = 10, 10 restarts) on the training codes and scores it on the test codes.
    /// </summary>
    public AutoencoderFold Autoencoder(Fold fold, IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(fold);
        var model = new BatchNormConvAutoencoder(Image, codeSize: 10, seed: seed + fold.Index);
        using var train = FoldRows.Of(pool, fold.Train);
        using var validation = FoldRows.Of(pool, fold.Validation);
        var options = protocol.AutoencoderOptions with { Seed = seed + fold.Index };
        var trained = CachedTrainer.FitAutoencoder(cache, model, train, options, validation, progress);
        var testMse = Inference.MeanLoss(model, Losses.Create(LossKind.MeanSquaredError), test, test);
        using var trainCodes = model.Encode(train);
        var testCodes = model.Encode(test);
        var kmeans = new KMeansOptions { K = 10, Restarts = 10, MaxIterations = 300, Seed = seed };
        using var fit = KMeans.Fit(trainCodes, kmeans);
        var labels = KMeans.PredictLabels(testCodes, fit.Centroids);
        return new AutoencoderFold(fold, model, trained.Result, trained.FromCache, testMse, testCodes, labels,
            ClusteringScores.Compute(testTruth, labels));
    }

    /// <summary>
    /// DEC on the fold's training rows from a copy of the fold's trained encoder (the autoencoder stays as trained),
    /// cached; the final model labels the test images.
    /// </summary>
    public DecFold Dec(AutoencoderFold autoencoder, IProgress<DecProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(autoencoder);
        var fold = autoencoder.Fold;
        using var train = FoldRows.Of(pool, fold.Train);
        var start = new BatchNormConvAutoencoder(Image, codeSize: 10, seed: seed + fold.Index);
        start.load_state_dict(autoencoder.Model.state_dict());
        using var dec = new DecModel(start.Encoder, clusters: 10, codeSize: 10, alpha: 1.0);
        var shown = ClusterAccuracy.HungarianAgainst(FoldRows.Of(poolTruth, fold.Train));  // progress lines only
        var trained = CachedDec.Fit(cache, dec, train, protocol.DecOptions(seed) with { Metric = shown }, progress);
        var labels = Deep.Dec.PredictLabels(dec, test);
        return new DecFold(fold, trained.Result, trained.FromCache, labels, Inference.Predict(dec.Encoder, test),
            ClusteringScores.Compute(testTruth, labels));
    }

    /// <summary>
    /// Our DEC from the original's published encoder of <paramref name="fold"/>, trained on the fold's training rows
    /// (cached), scored on <paramref name="fullTest"/>: does our DEC reach the original's accuracy from its start?
    /// </summary>
    public PublishedEncoderDec DecFromPublished(
        PublishedFoldModels models, Fold fold, Tensor fullTest, int[] fullTestTruth,
        IProgress<DecProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(fold);
        var encoder = new BatchNormConvAutoencoder(Image, codeSize: 10);
        KerasImport.LoadAutoencoder(KerasModelFile.Read(models.Autoencoders[fold.Index]), encoder);
        using var dec = new DecModel(encoder.Encoder, clusters: 10, codeSize: 10, alpha: 1.0);
        using var train = FoldRows.Of(pool, fold.Train);
        var trained = CachedDec.Fit(cache, dec, train, protocol.PublishedEncoderDecOptions(seed), progress);
        var accuracy = ClusteringScores.Compute(fullTestTruth, Deep.Dec.PredictLabels(dec, fullTest)).MajorityAcc;
        return new PublishedEncoderDec(fold.Index, accuracy, trained.Result, trained.FromCache);
    }
}
