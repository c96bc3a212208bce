using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>
/// Mini-batches as index views: one permutation per epoch, and per batch an <c>index_select</c> of the rows it names from
/// the shared data tensor, so the data set is never copied as a whole.
/// </summary>
public static class BatchIndices
{
    /// <summary>The sample order of one epoch: a permutation of 0..n−1 drawn from <paramref name="generator"/>, or 0..n−1 when it is null.</summary>
    public static Tensor EpochOrder(long n, Generator? generator) =>
        generator is null ? arange(n, dtype: ScalarType.Int64) : randperm(n, generator: generator, dtype: ScalarType.Int64);

    /// <summary>The (start, count) ranges of consecutive batches of <paramref name="batchSize"/> over <paramref name="n"/> samples (the last may be shorter).</summary>
    public static IEnumerable<(long Start, long Count)> Ranges(long n, long batchSize)
    {
        OptionOutOfRangeException.ThrowUnless(batchSize >= 1, nameof(batchSize), batchSize, "at least 1");
        for (long start = 0; start < n; start += batchSize)
            yield return (start, Math.Min(batchSize, n - start));
    }

    /// <summary>The rows of <paramref name="data"/> named by <paramref name="order"/>[start .. start+count) (a new batch tensor; the data is not copied).</summary>
    public static Tensor Select(Tensor data, Tensor order, long start, long count)
    {
        using var indices = order.narrow(0, start, count);
        return data.index_select(0, indices);
    }
}
