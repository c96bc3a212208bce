using System.Diagnostics;
using DeepClustering.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Commands.Bench;

/// <summary>
/// The phases of the trainer's mini-batch step timed one by one (batch gathering, forward, loss, backward, optimiser
/// step, reading the loss), the way <see cref="Trainer"/> runs them, over consecutive batches of a permutation.
/// </summary>
internal static class StepSplit
{
    /// <summary>Mean seconds per batch of each phase over the first <paramref name="batches"/> batches of <paramref name="inputs"/>.</summary>
    public static Dictionary<string, double> Measure(nn.Module<Tensor, Tensor> model, Tensor inputs, TrainingOptions options, int batches)
    {
        using var optimizer = Optimizers.Create(options.Optimizer, model.parameters(), options.LearningRate, options.Momentum, options.Epsilon);
        var loss = Losses.Create(options.Loss);
        using var generator = Seeding.Generator(options.Seed);
        using var order = BatchIndices.EpochOrder(inputs.shape[0], generator);
        var phases = new[] { "gather", "forward", "loss", "backward", "optimizer_step", "zero_grad", "read_loss" };
        var seconds = new double[phases.Length];
        var count = 0;
        model.train();
        foreach (var (start, size) in BatchIndices.Ranges(inputs.shape[0], options.BatchSize).Take(batches))
        {
            using var scope = NewDisposeScope();
            var clock = Stopwatch.StartNew();
            void Lap(int phase) { seconds[phase] += clock.Elapsed.TotalSeconds; clock.Restart(); }
            var x = BatchIndices.Select(inputs, order, start, size);
            Lap(0);
            var y = model.call(x);
            Lap(1);
            var value = loss(y, x);
            Lap(2);
            value.backward();
            Lap(3);
            optimizer.step();
            Lap(4);
            optimizer.zero_grad();
            Lap(5);
            _ = value.ToDouble();
            Lap(6);
            count++;
        }
        return phases.Select((p, i) => (p, i)).ToDictionary(t => t.p, t => seconds[t.i] / Math.Max(1, count));
    }
}
