using DeepClustering.IO;
using DeepClustering.Models;
using DeepClustering.Tests.Models;
using DeepClustering.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Training;

public sealed class TrainerTests
{
    private static Tensor Data() => ModelTestData.Images(96, 1, 8, seed: 21).reshape(96, 64);

    [Fact]
    public void Same_seeds_give_bit_identical_weights_and_different_seeds_do_not()
    {
        using var scope = NewDisposeScope();
        var data = Data();
        var options = new TrainingOptions { Epochs = 3, BatchSize = 16, Seed = 9 };
        DenseAutoencoder Train(long initSeed, int shuffleSeed)
        {
            var model = new DenseAutoencoder([64, 32, 4], seed: initSeed);
            Trainer.FitAutoencoder(model, data, options with { Seed = shuffleSeed });
            return model;
        }

        var a = Train(1, 9);
        ModelTestData.AssertSameState(a, Train(1, 9));
        Assert.False(ModelTestData.Identical(a.parameters().First(), Train(1, 10).parameters().First()));
        Assert.False(ModelTestData.Identical(a.parameters().First(), Train(2, 9).parameters().First()));
    }

    [Fact]
    public void A_non_finite_loss_stops_training_with_the_epoch_and_batch_named()
    {
        using var scope = NewDisposeScope();
        var data = Data().clone();
        data[40, 3] = float.NaN;  // sample 40 lies in batch 3 of 16
        var model = new DenseAutoencoder([64, 4], seed: 1);
        var error = Assert.Throws<TrainingDivergedException>(() =>
            Trainer.FitAutoencoder(model, data, new TrainingOptions { Epochs = 2, BatchSize = 16, Shuffle = false }));
        Assert.Contains("epoch 1, batch 3 of 6", error.Message);
    }

    [Fact]
    public void Keeps_the_best_validation_epoch_and_saves_it_as_a_checkpoint_that_round_trips()
    {
        using var scope = NewDisposeScope();
        var data = Data();
        var dir = Directory.CreateTempSubdirectory("dc-trainer-");
        try
        {
            var path = Path.Combine(dir.FullName, "best.bin");
            var model = new DenseAutoencoder([64, 16, 4], seed: 3);
            var progress = new List<TrainingProgress>();
            var result = Trainer.FitAutoencoder(model, data.narrow(0, 0, 64),
                new TrainingOptions { Epochs = 5, BatchSize = 16, LearningRate = 1e-2, CheckpointPath = path, ProgressInterval = 2 },
                validation: data.narrow(0, 64, 32), progress: new InlineProgress<TrainingProgress>(progress.Add));

            var bestRecord = result.History.MinBy(h => h.ValidationLoss)!;
            Assert.Equal(bestRecord.Epoch, result.BestEpoch);
            var validationNow = Inference.MeanLoss(model, Losses.Create(LossKind.MeanSquaredError), data.narrow(0, 64, 32), data.narrow(0, 64, 32));
            Assert.Equal(bestRecord.ValidationLoss!.Value, validationNow, 5);
            Assert.Equal(5, progress.Count(p => p.EpochCompleted));
            Assert.Contains(progress, p => !p.EpochCompleted && p.Iteration % 2 == 0);
            Assert.All(progress.Where(p => p.EpochCompleted), p => Assert.NotNull(p.ValidationLoss));
            Assert.All(progress, p => Assert.True(p.Elapsed > TimeSpan.Zero && p.Epochs == 5 && p.IterationsPerEpoch == 4));

            var restored = new DenseAutoencoder([64, 16, 4], seed: 99);
            Checkpoint.Load(restored, path);
            ModelTestData.AssertSameState(model, restored);
            Assert.True(ModelTestData.Identical(model.Reconstruct(data), restored.Reconstruct(data)));
            Assert.Empty(Directory.GetFiles(dir.FullName, "*.tmp"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Loading_a_checkpoint_into_another_architecture_fails_clearly()
    {
        var dir = Directory.CreateTempSubdirectory("dc-ckpt-");
        try
        {
            var path = Path.Combine(dir.FullName, "m.bin");
            Checkpoint.Save(new DenseAutoencoder([64, 16, 4]), path);
            var error = Assert.Throws<InvalidDataException>(() => Checkpoint.Load(new DenseAutoencoder([64, 8, 4]), path));
            Assert.Contains(path, error.Message);
            Assert.Throws<FileNotFoundException>(() => Checkpoint.Load(new DenseAutoencoder([64, 8, 4]), path + ".missing"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Sgd_with_momentum_and_binary_cross_entropy_also_lower_the_loss()
    {
        using var scope = NewDisposeScope();
        var model = new DenseAutoencoder([64, 16, 4], output: Activation.Sigmoid, seed: 4);
        var result = Trainer.FitAutoencoder(model, Data(), new TrainingOptions
        {
            Epochs = 8, BatchSize = 16, Optimizer = OptimizerKind.Sgd, LearningRate = 0.5, Momentum = 0.9, Loss = LossKind.BinaryCrossEntropy,
        });
        Assert.True(result.Losses[^1] < result.Losses[0], string.Join(" -> ", result.Losses));
    }

    [Fact]
    public void Native_tensors_do_not_accumulate_from_epoch_to_epoch()
    {
        using var scope = NewDisposeScope();
        var data = Data();
        var model = new BatchNormConvAutoencoder(new ImageShape(1, 8, 8), codeSize: 4, seed: 5);
        var images = data.reshape(96, 1, 8, 8);
        // Live tensors created on this thread (per-thread, so tests running in parallel do not disturb it).
        static long Live() => DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        var live = new List<long>();
        Trainer.FitAutoencoder(model, images, new TrainingOptions { Epochs = 6, BatchSize = 32 }, validation: images.narrow(0, 0, 32),
            progress: new InlineProgress<TrainingProgress>(p => { if (p.EpochCompleted) live.Add(Live()); }),
            epochMetrics: _ => new Dictionary<string, double> { ["live"] = Live() });

        // Epochs 1 and 2 create the optimiser state and the best-epoch snapshot; after that the count must stay flat.
        Assert.Equal(6, live.Count);
        Assert.All(live.Skip(2), count => Assert.Equal(live[2], count));

        // The counter does see a leak: one tensor kept alive raises it by one.
        var before = Live();
        using var kept = zeros(3);
        Assert.Equal(before + 1, Live());
    }

    [Fact]
    public void Mismatched_targets_and_bad_options_are_rejected()
    {
        using var scope = NewDisposeScope();
        var model = new DenseAutoencoder([64, 4]);
        var error = Assert.Throws<ArgumentException>(() => Trainer.Fit(model, Data(), zeros(10, 64), new TrainingOptions()));
        Assert.Contains("96", error.Message);
        Assert.Contains("BatchSize must be > 0; got 0.", Assert.Throws<OptionOutOfRangeException>(() => Trainer.FitAutoencoder(model, Data(), new TrainingOptions { BatchSize = 0 })).Message);
        var validation = Assert.Throws<ArgumentException>(() => Trainer.FitAutoencoder(model, Data(), new TrainingOptions(), validation: zeros(8, 32)));
        Assert.Contains("[N, 64]", validation.Message);
        Assert.Contains("[8, 32]", validation.Message);
        var forward = Assert.Throws<ArgumentException>(() => Trainer.FitAutoencoder(model, zeros(8, 32), new TrainingOptions { Epochs = 1 }));
        Assert.Contains("[N, 64]", forward.Message);
    }
}
