using DeepClustering.Caching;
using DeepClustering.Models;
using DeepClustering.Tests.Models;
using DeepClustering.Training;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Training;

public sealed class ResumeTests
{
    private static readonly TrainingOptions Options = new() { Epochs = 5, BatchSize = 16, LearningRate = 1e-2, Seed = 4 };

    // Trains until the end of epoch `stopAfter`, then cancels the way an interrupted process would stop.
    private static void TrainAndInterrupt(nn.Module<Tensor, Tensor> model, Tensor train, Tensor validation, string resumeFile, int stopAfter)
    {
        using var cancel = new CancellationTokenSource();
        var progress = new InlineProgress<TrainingProgress>(p => { if (p.EpochCompleted && p.Epoch == stopAfter) cancel.Cancel(); });
        Assert.Throws<OperationCanceledException>(() =>
            Trainer.FitAutoencoder(model, train, Options, validation, progress, cancellation: cancel.Token, resumeFile: resumeFile));
    }

    [Fact]
    public void An_interrupted_run_resumed_from_its_file_ends_bit_identical_to_an_uninterrupted_one()
    {
        using var scope = NewDisposeScope();
        var data = ModelTestData.Images(96, 1, 8, seed: 5);
        var (train, validation) = (data.narrow(0, 0, 64), data.narrow(0, 64, 32));
        var dir = Directory.CreateTempSubdirectory("dc-resume-");
        try
        {
            var straight = new BatchNormConvAutoencoder(new ImageShape(1, 8, 8), codeSize: 3, seed: 7);
            var expected = Trainer.FitAutoencoder(straight, train, Options, validation);

            var resumeFile = Path.Combine(dir.FullName, "run.resume");
            TrainAndInterrupt(new BatchNormConvAutoencoder(new ImageShape(1, 8, 8), codeSize: 3, seed: 7), train, validation, resumeFile, stopAfter: 2);
            Assert.True(File.Exists(resumeFile));

            var resumed = new BatchNormConvAutoencoder(new ImageShape(1, 8, 8), codeSize: 3, seed: 99);  // other initial weights: all come from the file
            var result = Trainer.FitAutoencoder(resumed, train, Options, validation, resumeFile: resumeFile);

            Assert.Equal(2, result.ResumedAfterEpoch);
            Assert.Equal(expected.Losses, result.Losses);
            Assert.Equal(expected.History.Select(h => h.ValidationLoss), result.History.Select(h => h.ValidationLoss));
            Assert.Equal(expected.BestEpoch, result.BestEpoch);
            ModelTestData.AssertSameState(straight, resumed);
            Assert.True(result.History.Zip(result.History.Skip(1)).All(p => p.First.Elapsed <= p.Second.Elapsed));

            var again = new BatchNormConvAutoencoder(new ImageShape(1, 8, 8), codeSize: 3, seed: 99);
            var finished = Trainer.FitAutoencoder(again, train, Options, validation, resumeFile: resumeFile);
            Assert.Equal(Options.Epochs, finished.ResumedAfterEpoch);  // the file of a finished run: nothing left to train
            ModelTestData.AssertSameState(straight, again);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_resume_file_of_another_run_or_a_damaged_one_is_refused_with_the_file_named()
    {
        using var scope = NewDisposeScope();
        var data = ModelTestData.Images(48, 1, 8, seed: 6).reshape(48, 64);
        var dir = Directory.CreateTempSubdirectory("dc-resume-");
        try
        {
            var resumeFile = Path.Combine(dir.FullName, "run.resume");
            TrainAndInterrupt(new DenseAutoencoder([64, 8], seed: 1), data, data, resumeFile, stopAfter: 1);
            var before = File.ReadAllBytes(resumeFile);

            var other = Assert.Throws<InvalidDataException>(() =>
                Trainer.FitAutoencoder(new DenseAutoencoder([64, 8], seed: 1), data, Options with { LearningRate = 1e-3 }, data, resumeFile: resumeFile));
            Assert.Contains(resumeFile, other.Message);
            Assert.Contains("different training run", other.Message);
            Assert.Equal(before, File.ReadAllBytes(resumeFile));  // refused, not overwritten

            File.WriteAllBytes(resumeFile, before.AsSpan(0, before.Length / 2).ToArray());
            var damaged = Assert.Throws<InvalidDataException>(() =>
                Trainer.FitAutoencoder(new DenseAutoencoder([64, 8], seed: 1), data, Options, data, resumeFile: resumeFile));
            Assert.Contains(resumeFile, damaged.Message);
            Assert.Contains("offset", damaged.Message);

            File.WriteAllText(resumeFile, "not a resume file");
            var foreign = Assert.Throws<InvalidDataException>(() =>
                Trainer.FitAutoencoder(new DenseAutoencoder([64, 8], seed: 1), data, Options, data, resumeFile: resumeFile));
            Assert.Contains(resumeFile, foreign.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_model_cache_hands_training_a_resume_file_and_deletes_it_once_the_weights_are_stored()
    {
        using var scope = NewDisposeScope();
        var data = ModelTestData.Images(48, 1, 8, seed: 8).reshape(48, 64);
        var dir = Directory.CreateTempSubdirectory("dc-resume-");
        try
        {
            var cache = new ModelCache(dir.FullName);
            var first = new DenseAutoencoder([64, 8], seed: 1);
            var key = CachedTrainer.Identity(first, data, Options, data).Key;
            using var cancel = new CancellationTokenSource();
            var progress = new InlineProgress<TrainingProgress>(p => { if (p.EpochCompleted && p.Epoch == 3) cancel.Cancel(); });
            Assert.Throws<OperationCanceledException>(
                () => CachedTrainer.FitAutoencoder(cache, first, data, Options, data, progress, cancel.Token));
            Assert.True(File.Exists(cache.ResumePathFor(key)));
            Assert.False(File.Exists(cache.PathFor(key)));

            var second = new DenseAutoencoder([64, 8], seed: 1);
            var trained = CachedTrainer.FitAutoencoder(cache, second, data, Options, data);
            Assert.False(trained.FromCache);
            Assert.Equal(3, trained.Result.ResumedAfterEpoch);
            Assert.Equal(Options.Epochs, trained.Result.History.Count);
            Assert.False(File.Exists(cache.ResumePathFor(key)));
            Assert.True(File.Exists(cache.PathFor(key)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
