using System.Diagnostics;
using DeepClustering.Clustering;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>
/// Deep Embedded Clustering (Xie et al. 2016) self-training, as DEC-keras runs it: centres from k-means on the codes, then
/// SGD on KL(P || Q) with the sharpened target P refreshed every <see cref="DecOptions.UpdateInterval"/> iterations,
/// stopping when few labels change between refreshes. With <see cref="DecOptions.Decoder"/> set it is IDEC.
/// </summary>
public static class Dec
{
    /// <summary>Trains <paramref name="model"/> (encoder and centres, in place) on <paramref name="x"/> [N, ...]; <paramref name="progress"/> hears of every refresh.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> is not a finite floating-point batch with at least K rows, or the encoder's codes do not fit the model.</exception>
    /// <example>
    /// DEC on the codes of a pretrained autoencoder (10 clusters of 10-dimensional codes), printing every refresh:
    /// <code>
    /// using var model = new DecModel(autoencoder.Encoder, clusters: 10, codeSize: 10);
    /// using var result = Dec.Fit(model, images, new DecOptions { Seed = 0 }, p => Console.WriteLine(p));
    /// var labels = result.Labels;  // one cluster per row of images
    /// </code>
    /// </example>
    public static DecResult Fit(DecModel model, Tensor x, DecOptions? options = null, IProgress<DecProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new DecOptions();
        options.Validate();
        DeepInput.RequireFloatBatch(x, nameof(x), null, model.Clusters);

        var clock = Stopwatch.StartNew();
        torch.manual_seed(options.Seed);
        var initialLabels = InitialiseCentres(model, x, options);
        var initialisation = clock.Elapsed;
        var steps = TimeSpan.Zero;
        var phase = Stopwatch.StartNew();
        var n = x.shape[0];
        var history = new List<DecProgress>();
        var parameters = model.parameters().Concat(options.Decoder?.parameters() ?? []).ToList();
        using var optimizer = optim.SGD(parameters, options.LearningRate, options.Momentum);
        using var batches = new SeededBatches(n, options.BatchSize, options.Seed, options.ShuffleEachPass);

        Tensor? target = null, q = null;
        int[]? labels = null;
        var refreshes = TimeSpan.Zero;
        try
        {
            var iteration = 0;
            var lossSum = 0.0;
            var converged = false;
            while (true)
            {
                if (iteration % options.UpdateInterval == 0)
                {
                    steps += phase.Elapsed;
                    phase.Restart();
                    q?.Dispose();
                    q = BatchedInference.Map(model, x, options.InferenceBatchSize);
                    var current = ArgMax(q);
                    var delta = labels is null ? 1.0 : Changed(labels, current) / (double)n;
                    labels = current;
                    target?.Dispose();
                    target = DecObjective.TargetDistribution(q).DetachFromDisposeScope();
                    var figures = new DecProgress(iteration, iteration == 0 ? double.NaN : lossSum / Math.Min(iteration, options.UpdateInterval),
                        delta, options.Metric?.Invoke(labels), clock.Elapsed);
                    history.Add(figures);
                    progress?.Report(figures);
                    lossSum = 0;
                    refreshes += phase.Elapsed;
                    phase.Restart();
                    if (iteration > 0 && delta < options.Tolerance) { converged = true; break; }
                }
                if (iteration >= options.MaxIterations) break;
                lossSum += Step(model, optimizer, x, target!, batches, options);
                iteration++;
            }
            if (!converged && iteration % options.UpdateInterval != 0)
            {
                steps += phase.Elapsed;
                phase.Restart();
                q!.Dispose();
                q = BatchedInference.Map(model, x, options.InferenceBatchSize);
                labels = ArgMax(q);
                refreshes += phase.Elapsed;
            }
            target?.Dispose();
            return new DecResult(labels!, q!, initialLabels, iteration, converged, history, clock.Elapsed)
            {
                Split = new DecTimeSplit(initialisation, steps, refreshes),
            };
        }
        catch
        {
            target?.Dispose();
            q?.Dispose();
            throw;
        }
    }

    /// <summary>Soft assignments q [N, K] of <paramref name="x"/> in evaluation mode, batch by batch (a tensor the caller owns).</summary>
    public static Tensor Predict(DecModel model, Tensor x, int batchSize = 2048)
    {
        ArgumentNullException.ThrowIfNull(model);
        DeepInput.RequireFloatBatch(x, nameof(x), null, 1);
        return BatchedInference.Map(model, x, batchSize);
    }

    /// <summary>Hard cluster labels (arg-max of q) of <paramref name="x"/>.</summary>
    public static int[] PredictLabels(DecModel model, Tensor x, int batchSize = 2048)
    {
        using var q = Predict(model, x, batchSize);
        return ArgMax(q);
    }

    /// <summary>Sets the centres from the codes of the whole set (k-means or the custom initialiser); returns the labels they give.</summary>
    private static int[] InitialiseCentres(DecModel model, Tensor x, DecOptions options)
    {
        using var scope = NewDisposeScope();
        Tensor codes;
        using (var noGrad = no_grad())
        {
            var wasTraining = model.training;
            model.eval();
            using var view = new EncoderView(model);
            try { codes = BatchedInference.Map(view, x, options.InferenceBatchSize); }
            finally { model.train(wasTraining); }
        }
        var k = model.Clusters;
        if (options.CentroidInitializer is { } initializer)
        {
            using var centres = initializer(codes, k, options.Seed);
            model.Clustering.SetCentroids(centres);
        }
        else
        {
            using var kmeans = KMeans.Fit(codes, new KMeansOptions
            {
                K = k, Restarts = options.KMeansRestarts, Seed = options.Seed,
                DType = codes.dtype == ScalarType.Float64 ? ScalarType.Float64 : ScalarType.Float32,
            });
            model.Clustering.SetCentroids(kmeans.Centroids);
        }
        codes.Dispose();
        using var q = BatchedInference.Map(model, x, options.InferenceBatchSize);
        return ArgMax(q);
    }

    /// <summary>One SGD step on a batch: KL(P || Q), plus the reconstruction loss for IDEC; returns the loss.</summary>
    private static double Step(DecModel model, optim.Optimizer optimizer, Tensor x, Tensor target, SeededBatches batches, DecOptions options)
    {
        using var scope = NewDisposeScope();
        var index = batches.Next();
        model.train();
        options.Decoder?.train();
        var batch = x.index_select(0, index);
        optimizer.zero_grad();
        var codes = model.Encode(batch);
        var loss = DecObjective.KlDivergence(target.index_select(0, index), model.Clustering.forward(codes));
        if (options.Decoder is { } decoder)
            loss = nn.functional.mse_loss(decoder.forward(codes), batch) + options.ClusteringWeight * loss;
        loss.backward();
        optimizer.step();
        return loss.item<float>();
    }

    private static int[] ArgMax(Tensor q)
    {
        using var labels = q.argmax(1);
        return NeuralKMeans.ToIntArray(labels);
    }

    private static long Changed(int[] a, int[] b)
    {
        long changed = 0;
        for (var i = 0; i < a.Length; i++) if (a[i] != b[i]) changed++;
        return changed;
    }

    /// <summary>The model's encoder with the shape check of <see cref="DecModel.Encode"/>, as a module for batched inference.</summary>
    private sealed class EncoderView(DecModel model) : nn.Module<Tensor, Tensor>(nameof(EncoderView))
    {
        public override Tensor forward(Tensor input) => model.Encode(input);
    }
}
