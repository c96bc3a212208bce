using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>
/// Endless mini-batch indices: passes over a seeded permutation of 0..n-1, reshuffled after each pass, or over 0..n-1
/// in order every pass (DEC-keras' loop); the last batch of a pass may be shorter (never a single sample when n &gt; 1:
/// it joins the batch before).
/// </summary>
internal sealed class SeededBatches : IDisposable
{
    private readonly long _n;
    private readonly int _batchSize;
    private readonly Generator _generator;
    private readonly bool _shuffle;
    private Tensor _order;
    private long _position;

    /// <summary>
    /// Creates the batch source for <paramref name="n"/> samples, shuffled from <paramref name="seed"/> or in order.
    /// </summary>
    public SeededBatches(long n, int batchSize, int seed, bool shuffle = true)
    {
        (_n, _batchSize, _shuffle) = (n, batchSize, shuffle);
        _generator = new Generator((ulong)seed);
        _order = Order();
    }

    private Tensor Order() =>
        (_shuffle ? randperm(_n, generator: _generator) : arange(_n, ScalarType.Int64)).DetachFromDisposeScope();

    /// <summary>
    /// The next batch's indices (an int64 view of the permutation, owned by the current dispose scope).
    /// </summary>
    public Tensor Next()
    {
        if (_position >= _n)
        {
            _order.Dispose();
            _order = Order();
            _position = 0;
        }
        var length = Math.Min(_batchSize, _n - _position);
        if (_n - _position - length == 1) length++; // never leave a batch of one (batch norm cannot train on it)
        var batch = _order.narrow(0, _position, length);
        _position += length;
        return batch;
    }

    /// <summary>Releases the permutation and the generator.</summary>
    public void Dispose()
    {
        _order.Dispose();
        _generator.Dispose();
    }
}
