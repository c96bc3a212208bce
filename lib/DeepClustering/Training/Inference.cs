using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>Batched, gradient-free forward passes in evaluation mode (the training mode is restored afterwards).</summary>
public static class Inference
{
    /// <summary>Runs <paramref name="module"/> on <paramref name="inputs"/> in batches and concatenates the outputs along dimension 0.</summary>
    public static Tensor Predict(nn.Module<Tensor, Tensor> module, Tensor inputs, int batchSize = 1024)
    {
        OptionOutOfRangeException.ThrowUnless(batchSize >= 1, nameof(batchSize), batchSize, "at least 1");
        var n = inputs.shape[0];
        var wasTraining = module.training;
        module.eval();
        try
        {
            using var noGrad = no_grad();
            using var scope = NewDisposeScope();
            var parts = new List<Tensor>();
            for (long start = 0; start < n; start += batchSize)
                parts.Add(module.call(inputs.narrow(0, start, Math.Min(batchSize, n - start))));
            return (parts.Count == 1 ? parts[0] : cat(parts, 0)).MoveToOuterDisposeScope();
        }
        finally
        {
            module.train(wasTraining);
        }
    }

    /// <summary>The sample-weighted mean of <paramref name="loss"/> over <paramref name="inputs"/> and <paramref name="targets"/>, in batches.</summary>
    public static double MeanLoss(nn.Module<Tensor, Tensor> module, Func<Tensor, Tensor, Tensor> loss, Tensor inputs, Tensor targets, int batchSize = 1024)
    {
        var n = inputs.shape[0];
        var wasTraining = module.training;
        module.eval();
        try
        {
            using var noGrad = no_grad();
            double total = 0;
            for (long start = 0; start < n; start += batchSize)
            {
                using var scope = NewDisposeScope();
                var count = Math.Min(batchSize, n - start);
                total += loss(module.call(inputs.narrow(0, start, count)), targets.narrow(0, start, count)).ToDouble() * count;
            }
            return total / n;
        }
        finally
        {
            module.train(wasTraining);
        }
    }
}
