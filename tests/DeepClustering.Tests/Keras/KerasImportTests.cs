using System.Text.Json;
using DeepClustering.Deep;
using DeepClustering.Keras;
using DeepClustering.Models;
using DeepClustering.Tests.Data;
using DeepClustering.Tests.Models;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Keras;

/// <summary>The published fold-0 models of experiment 5, loaded by <see cref="KerasImport"/>, against a forward pass written independently in PyTorch from the same files (tests/golden/make_keras_golden.py).</summary>
public sealed class KerasImportTests
{
    private static readonly ImageShape Mnist = new(1, 28, 28);

    private sealed record Golden(int Images, double[][] Codes, double[] MsePerImage, double[] ReconstructionFirst, double[][] DecQ, int[] DecLabels);

    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static Golden ReadGolden() =>
        JsonSerializer.Deserialize<Golden>(File.ReadAllText(GoldenFiles.Path("keras_experiment5_fold0.json")), SnakeCase)!;

    private static Tensor FirstTestImages(int count) =>
        DeepClustering.Data.Mnist.Load(DeepClustering.Data.DataSplit.Test, TestData.SharedRoot).Images.narrow(0, 0, count).clone();

    [SharedDataFact(PublishedModelFiles.Folder)]
    public void Fold0_autoencoder_codes_and_reconstructions_match_the_independent_forward_pass()
    {
        var golden = ReadGolden();
        using var model = new BatchNormConvAutoencoder(Mnist, codeSize: 10, seed: 1);
        KerasImport.LoadAutoencoder(KerasModelFile.Read(PublishedModelFiles.Path("Encoder_model_0.h5")), model);
        using var x = FirstTestImages(golden.Images);
        using var codes = model.Encode(x);
        using var reconstruction = model.Reconstruct(x);
        var ours = codes.data<float>().ToArray();
        for (var i = 0; i < golden.Images; i++)
            for (var j = 0; j < 10; j++)
                Assert.Equal(golden.Codes[i][j], ours[i * 10 + j], 3e-4 * Math.Max(1, Math.Abs(golden.Codes[i][j])));
        using var mse = (reconstruction - x).pow(2).mean([1, 2, 3]);
        var perImage = mse.data<float>().ToArray();
        for (var i = 0; i < golden.Images; i++)
            Assert.Equal(golden.MsePerImage[i], perImage[i], 1e-5);
        var first = reconstruction[0, 0].reshape(-1).data<float>().ToArray();
        for (var p = 0; p < first.Length; p++)
            Assert.Equal(golden.ReconstructionFirst[p], first[p], 1e-4);
    }

    [SharedDataFact(PublishedModelFiles.Folder)]
    public void Fold0_dec_model_assignments_match_the_independent_forward_pass()
    {
        var golden = ReadGolden();
        using var encoder = new BatchNormConvAutoencoder(Mnist, codeSize: 10, seed: 2);
        using var dec = new DecModel(encoder.Encoder, clusters: 10, codeSize: 10);
        KerasImport.LoadDec(KerasModelFile.Read(PublishedModelFiles.Path("Keras_Deep_Clustering_model_0.h5")), dec, Mnist.ToArray());
        using var x = FirstTestImages(golden.Images);
        using var q = Dec.Predict(dec, x);
        var ours = q.data<float>().ToArray();
        for (var i = 0; i < golden.Images; i++)
            for (var c = 0; c < 10; c++)
                Assert.Equal(golden.DecQ[i][c], ours[i * 10 + c], 1e-4);
        Assert.Equal(golden.DecLabels, Dec.PredictLabels(dec, x));
    }

    [SharedDataFact(PublishedModelFiles.Folder)]
    public void A_model_with_another_code_size_is_refused_naming_file_layer_and_shapes()
    {
        var path = PublishedModelFiles.Path("Encoder_model_0.h5");
        using var model = new BatchNormConvAutoencoder(Mnist, codeSize: 12, seed: 1);
        var e = Assert.Throws<KerasModelFormatException>(() => KerasImport.LoadAutoencoder(KerasModelFile.Read(path), model));
        Assert.Contains(path, e.Message);
        Assert.Contains("'encodedLayer' (Dense)", e.Message);
        Assert.Contains("'kernel:0' has shape (128, 10); expected (128, 12)", e.Message);
    }

    [SharedDataFact(PublishedModelFiles.Folder)]
    public void An_autoencoder_file_is_not_a_dec_model()
    {
        using var encoder = new BatchNormConvAutoencoder(Mnist, codeSize: 10, seed: 2);
        using var dec = new DecModel(encoder.Encoder, clusters: 10, codeSize: 10);
        var e = Assert.Throws<KerasModelFormatException>(() =>
            KerasImport.LoadDec(KerasModelFile.Read(PublishedModelFiles.Path("Encoder_model_0.h5")), dec, Mnist.ToArray()));
        Assert.Contains("expected a ClusteringLayer layer for the clustering layer after the encoder, found Dense", e.Message);
    }
}
