using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>Runs a module over a data set in evaluation mode, batch by batch, without gradients.</summary>
internal static class BatchedInference
{
    /// <summary>Calls <paramref name="visit"/> with (start row, module output) for each batch of <paramref name="x"/>; outputs are disposed after the call.</summary>
    public static void ForEachBatch(nn.Module<Tensor, Tensor> module, Tensor x, int batchSize, Action<long, Tensor> visit)
    {
        OptionOutOfRangeException.ThrowUnless(batchSize >= 1, nameof(batchSize), batchSize, "at least 1");
        var wasTraining = module.training;
        module.eval();
        try
        {
            using var noGrad = no_grad();
            var n = x.shape[0];
            for (long start = 0; start < n; start += batchSize)
            {
                using var scope = NewDisposeScope();
                var batch = x.narrow(0, start, Math.Min(batchSize, n - start)); // a view, no copy
                visit(start, module.forward(batch));
            }
        }
        finally
        {
            module.train(wasTraining);
        }
    }

    /// <summary>The module's outputs for every row of <paramref name="x"/>, stacked along dimension 0 (a tensor the caller owns).</summary>
    public static Tensor Map(nn.Module<Tensor, Tensor> module, Tensor x, int batchSize)
    {
        Tensor? result = null;
        try
        {
            ForEachBatch(module, x, batchSize, (start, output) =>
            {
                if (result is null)
                {
                    var shape = output.shape.ToArray();
                    shape[0] = x.shape[0];
                    result = empty(shape, output.dtype, output.device).DetachFromDisposeScope();
                }
                result.narrow(0, start, output.shape[0]).copy_(output);
            });
            return result ?? throw new ArgumentException("Cannot run a module over an empty data set.", nameof(x));
        }
        catch
        {
            result?.Dispose();
            throw;
        }
    }
}
