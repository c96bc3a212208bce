using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>Endless mini-batch indices: passes over a seeded permutation of 0..n-1, reshuffled after each pass; the last batch of a pass may be shorter (never a single sample when n &gt; 1: it joins the batch before).</summary>
internal sealed class SeededBatches : IDisposable
{
    private readonly long n;
    private readonly int batchSize;
    private readonly Generator generator;
    private Tensor order;
    private long position;

    /// <summary>Creates the batch source for <paramref name="n"/> samples from <paramref name="seed"/>.</summary>
    public SeededBatches(long n, int batchSize, int seed)
    {
        (this.n, this.batchSize) = (n, batchSize);
        generator = new Generator((ulong)seed);
        order = randperm(n, generator: generator).DetachFromDisposeScope();
    }

    /// <summary>The next batch's indices (an int64 view of the permutation, owned by the current dispose scope).</summary>
    public Tensor Next()
    {
        if (position >= n)
        {
            order.Dispose();
            order = randperm(n, generator: generator).DetachFromDisposeScope();
            position = 0;
        }
        var length = Math.Min(batchSize, n - position);
        if (n - position - length == 1) length++; // never leave a batch of one (batch norm cannot train on it)
        var batch = order.narrow(0, position, length);
        position += length;
        return batch;
    }

    /// <summary>Releases the permutation and the generator.</summary>
    public void Dispose()
    {
        order.Dispose();
        generator.Dispose();
    }
}
