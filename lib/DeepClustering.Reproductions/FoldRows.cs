using TorchSharp;

namespace DeepClustering.Reproductions;

/// <summary>Picks a fold's rows out of the pool the folds were cut from.</summary>
public static class FoldRows
{
    /// <summary>The given rows of <paramref name="pool"/> (along dimension 0), as a new tensor.</summary>
    public static torch.Tensor Of(torch.Tensor pool, long[] rows)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(rows);
        return pool.index_select(0, torch.tensor(rows));
    }

    /// <summary>The labels of the given rows, in the order of <paramref name="rows"/>.</summary>
    public static int[] Of(int[] labels, long[] rows)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Select(r => labels[r]).ToArray();
    }
}
