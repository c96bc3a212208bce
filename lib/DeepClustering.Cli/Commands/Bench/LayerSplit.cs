using System.Diagnostics;
using DeepClustering.Models;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepClustering.Cli.Commands.Bench;

/// <summary>
/// Where one training step of a sequential model spends its time, by layer kind: each layer of the encoder and decoder is
/// run on its real input batch, forward and then backward (with a gradient of ones), and timed; the total next to the
/// whole step's time shows what the layers leave to loss, optimiser and data movement.
/// </summary>
internal static class LayerSplit
{
    /// <summary>Seconds per batch of forward and backward, by layer kind, summed over <paramref name="stages"/> run in order on <paramref name="batches"/>.</summary>
    public static Dictionary<string, (double Forward, double Backward)> Measure(IReadOnlyList<nn.Module<Tensor, Tensor>> stages, IReadOnlyList<Tensor> batches)
    {
        var layers = stages.SelectMany(s => s.children()).Cast<nn.Module<Tensor, Tensor>>().ToList();
        var totals = new Dictionary<string, (double Forward, double Backward)>();
        foreach (var batch in batches)
        {
            using var scope = NewDisposeScope();
            var input = batch;
            foreach (var layer in layers)
            {
                var x = input.detach().requires_grad_(true);
                var clock = Stopwatch.StartNew();
                var y = layer.call(x);
                var forward = clock.Elapsed.TotalSeconds;
                clock.Restart();
                y.backward([ones_like(y)]);
                var backward = clock.Elapsed.TotalSeconds;
                var kind = Kind(layer);
                var (f, b) = totals.GetValueOrDefault(kind);
                totals[kind] = (f + forward / batches.Count, b + backward / batches.Count);
                input = y.detach();
            }
        }
        foreach (var p in stages.SelectMany(s => s.parameters())) p.grad?.zero_();
        return totals;
    }

    private static string Kind(nn.Module layer) => layer switch
    {
        Conv2d or Convolution2d => "conv",
        BatchNorm2d => "batch_norm",
        Upsample => "upsampling",
        MaxPool2d => "max_pool",
        Linear => "dense",
        ReLU => "relu",
        _ => "reshape",
    };
}
