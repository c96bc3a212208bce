using System.Diagnostics;
using DeepClustering.Caching;
using DeepClustering.Numerics;
using DeepClustering.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>
/// k-means simulated by a neural network (experiment 2): a <see cref="SmallCnnClassifier"/> learns the k centroids as
/// labelled examples, assigns every sample to a cluster, and each centroid becomes the mean of its cluster.
/// </summary>
public static class NeuralKMeans
{
    /// <summary>Fits on images [N, C, H, W] (sides at least <see cref="SmallCnnClassifier.MinimumSide"/>); <paramref name="progress"/> hears of every round.</summary>
    /// <exception cref="ArgumentException">The images are not a finite floating-point [N, C, H, W] batch with N &gt;= K and sides large enough.</exception>
    public static NeuralKMeansResult Fit(Tensor images, NeuralKMeansOptions? options = null, IProgress<NeuralKMeansProgress>? progress = null)
    {
        options ??= new NeuralKMeansOptions();
        Check(images, options);

        var clock = Stopwatch.StartNew();
        var n = images.shape[0];
        var network = Network(images, options);
        network.to(images.dtype);
        var rounds = new List<NeuralKMeansRound>();
        var history = new List<NeuralKMeansProgress>();
        Tensor? initial = null, centroids = null;
        try
        {
            using (var scope = NewDisposeScope())
            {
                var picks = SeededSample.Indices(checked((int)n), options.K, options.Seed).Select(i => (long)i).ToArray();
                initial = images.index_select(0, tensor(picks)).DetachFromDisposeScope();
                centroids = initial.clone().DetachFromDisposeScope();
            }

            using var targets = arange(options.K, ScalarType.Int64);
            using var optimizer = Optimizers.Create(OptimizerKind.KerasAdam, network.parameters(), options.LearningRate,
                epsilon: KerasAdam.DefaultEpsilon);  // the original's keras.optimizers.Adam()
            int[]? labels = null;
            for (var round = 1; round <= options.Rounds; round++)
            {
                using var scope = NewDisposeScope();
                var loss = TrainOnCentroids(network, optimizer, centroids, targets, options.StepsPerRound);
                var (roundLabels, updated, empty) = Reassign(network, images, centroids, options);
                var changed = labels is null ? n : roundLabels.Zip(labels).LongCount(p => p.First != p.Second);
                labels = roundLabels;
                centroids.Dispose();
                centroids = updated.DetachFromDisposeScope();

                var figures = new NeuralKMeansProgress(round, loss, changed, empty, clock.Elapsed);
                history.Add(figures);
                if (options.KeepSnapshots)
                    rounds.Add(new NeuralKMeansRound(figures, labels, centroids.clone().DetachFromDisposeScope()));
                progress?.Report(figures);
            }
            return new NeuralKMeansResult(network, initial, centroids, labels!, rounds, history, options.InferenceBatchSize);
        }
        catch
        {
            network.Dispose();
            initial?.Dispose();
            centroids?.Dispose();
            foreach (var round in rounds) round.Centroids.Dispose();
            throw;
        }
    }

    /// <summary>
    /// <see cref="Fit"/> through <paramref name="cache"/>: a fit of the same options, seed and images is loaded (weights,
    /// centroids, labels and history) instead of trained, and <paramref name="progress"/> then hears its stored rounds again.
    /// </summary>
    public static CachedTraining<NeuralKMeansResult> FitCached(
        ModelCache cache, Tensor images, NeuralKMeansOptions options, IProgress<NeuralKMeansProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(options);
        Check(images, options);
        var network = Network(images, options);  // its weights are loaded from the cache or copied from the fit
        long[] shape = [options.K, images.shape[1], images.shape[2], images.shape[3]];
        var state = new NeuralKMeansState(network, shape, options.KeepSnapshots ? options.Rounds : 0);
        state.to(images.dtype);
        try
        {
            var identity = CacheIdentity.For(Algorithm, state, options, images);
            var cached = cache.GetOrTrain(state, identity, DeepJson.Default.NeuralKMeansSummary, _ =>
            {
                using var fit = Fit(images, options, progress);
                state.CopyFrom(fit);
                return new NeuralKMeansSummary(fit.Labels, fit.Progress, fit.Rounds.Select(r => r.Labels).ToList());
            });
            if (cached.FromCache && progress is not null)
                foreach (var round in cached.Result.Progress)
                    progress.Report(round);
            return new CachedTraining<NeuralKMeansResult>(state.ToResult(cached.Result, options.InferenceBatchSize), cached.FromCache);
        }
        catch
        {
            network.Dispose();
            throw;
        }
    }

    /// <summary>The algorithm's name and version in the cache identity: raise the version when a change to
    /// <see cref="Fit"/> changes its numbers.</summary>
    public static TrainingAlgorithm Algorithm { get; } = new("NeuralKMeans.Fit", 1);

    private static void Check(Tensor images, NeuralKMeansOptions options)
    {
        options.Validate();
        DeepInput.RequireFloatBatch(images, nameof(images), 4, options.K);
        if (images.shape[2] < SmallCnnClassifier.MinimumSide || images.shape[3] < SmallCnnClassifier.MinimumSide)
            throw new ArgumentException(
                $"images must be at least {SmallCnnClassifier.MinimumSide}x{SmallCnnClassifier.MinimumSide} pixels for the classifier, got shape {DeepInput.Shape(images)}.",
                nameof(images));
    }

    private static SmallCnnClassifier Network(Tensor images, NeuralKMeansOptions options) =>
        new((int)images.shape[1], (int)images.shape[2], (int)images.shape[3], options.K, options.Dropout,
            seed: Seeding.Derive(options.Seed, "neural k-means weights"));

    /// <summary>
    /// Runs the Adam steps on the labelled centroids as the original ran them; returns the last step's loss (the sum of
    /// the per-centroid losses, which the original printed).
    /// </summary>
    /// <remarks>
    /// The original calls <c>model(centroids)</c> inside a <c>tf.GradientTape</c> without <c>training=True</c>, so Keras
    /// runs the network in inference mode: Dropout is off in the step. Its loss is the vector of the per-centroid
    /// <c>categorical_crossentropy</c> values, and TF differentiates a vector as its sum. Keras (2.5 and later, as in the
    /// original's Colab of 2022) computes that loss from the logits its softmax layer caches on its output, not from the
    /// clipped probabilities, so it is TorchSharp's cross-entropy on the logits, summed.
    /// </remarks>
    private static double TrainOnCentroids(SmallCnnClassifier network, optim.Optimizer optimizer, Tensor centroids, Tensor targets, int steps)
    {
        network.eval();
        var last = double.NaN;
        for (var step = 0; step < steps; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            var loss = nn.functional.cross_entropy(network.forward(centroids), targets, reduction: nn.Reduction.Sum);
            loss.backward();
            optimizer.step();
            last = loss.item<float>();
        }
        return last;
    }

    /// <summary>Predicts every sample's cluster and recomputes the centroids (float64 sums), handling empty clusters by the policy.</summary>
    private static (int[] Labels, Tensor Centroids, int Empty) Reassign(SmallCnnClassifier network, Tensor images, Tensor previous, NeuralKMeansOptions options)
    {
        var n = images.shape[0];
        var k = options.K;
        var labels = new int[n];
        var sums = zeros(k, images[0].numel(), ScalarType.Float64);
        BatchedInference.ForEachBatch(network, images, options.InferenceBatchSize, (start, logits) =>
        {
            var batchLabels = logits.argmax(1);
            var rows = images.narrow(0, start, logits.shape[0]).reshape(logits.shape[0], -1);
            sums.index_add_(0, batchLabels, rows.to_type(ScalarType.Float64), 1);
            var values = batchLabels.data<long>();
            for (var i = 0; i < values.Count; i++) labels[start + i] = (int)values[i];
        });

        var counts = new long[k];
        foreach (var label in labels) counts[label]++;
        var means = (sums / tensor(counts).clamp_min(1).unsqueeze(1).to_type(ScalarType.Float64))
            .to_type(images.dtype).reshape(previous.shape);
        var empty = Enumerable.Range(0, k).Where(c => counts[c] == 0).ToArray();
        if (empty.Length > 0)
        {
            using var noGrad = no_grad();
            var replacement = options.EmptyClusters == EmptyClusterPolicy.KeepPrevious
                ? previous.index_select(0, tensor(empty.Select(c => (long)c).ToArray()))
                : images.index_select(0, tensor(FarthestSamples(images, means, labels, empty.Length, options.InferenceBatchSize)));
            means.index_copy_(0, tensor(empty.Select(c => (long)c).ToArray()), replacement);
        }
        return (labels, means, empty.Length);
    }

    /// <summary>
    /// Picks <paramref name="count"/> samples farthest-first: the sample farthest (squared Euclidean) from its own cluster's
    /// centroid, then the one farthest from both its centroid and the samples already picked, and so on, so that several
    /// empty clusters do not all land in one region.
    /// </summary>
    private static long[] FarthestSamples(Tensor images, Tensor centroids, int[] labels, int count, int batchSize)
    {
        using var scope = NewDisposeScope();
        var flat = centroids.reshape(centroids.shape[0], -1);
        var rows = images.reshape(images.shape[0], -1);
        var distances = SquaredDistances(rows, flat, labels, batchSize);
        var picks = new long[count];
        for (var j = 0; j < count; j++)
        {
            picks[j] = distances.argmax().item<long>();
            var picked = rows[picks[j]].unsqueeze(0);
            var toPick = SquaredDistances(rows, picked, new int[labels.Length], batchSize);
            distances = minimum(distances, toPick);
        }
        return picks;
    }

    /// <summary>Squared distance (float64 [N]) of each row to the centroid given by its label, computed in batches.</summary>
    private static Tensor SquaredDistances(Tensor rows, Tensor centroids, int[] labels, int batchSize)
    {
        var n = rows.shape[0];
        var result = empty(n, ScalarType.Float64);
        for (long start = 0; start < n; start += batchSize)
        {
            using var scope = NewDisposeScope();
            var length = Math.Min(batchSize, n - start);
            var index = tensor(labels.AsSpan((int)start, (int)length).ToArray().Select(l => (long)l).ToArray());
            var own = centroids.index_select(0, index);
            result.narrow(0, start, length).copy_((rows.narrow(0, start, length) - own).to_type(ScalarType.Float64).square().sum(1));
        }
        return result;
    }

    /// <summary>Arg-max predictions (int64 [N]) of <paramref name="network"/> over <paramref name="images"/>, batch by batch.</summary>
    internal static Tensor PredictLabels(nn.Module<Tensor, Tensor> network, Tensor images, int batchSize)
    {
        var labels = empty(images.shape[0], ScalarType.Int64).DetachFromDisposeScope();
        BatchedInference.ForEachBatch(network, images, batchSize, (start, logits) => labels.narrow(0, start, logits.shape[0]).copy_(logits.argmax(1)));
        return labels;
    }

    /// <summary>An int64 label tensor as an int array.</summary>
    internal static int[] ToIntArray(Tensor labels)
    {
        using var asInt = labels.to_type(ScalarType.Int32);
        using var dense = asInt.contiguous();
        return dense.data<int>().ToArray();
    }
}
