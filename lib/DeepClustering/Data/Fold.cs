using TorchSharp;

namespace DeepClustering.Data;

/// <summary>One fold of a k-fold split: the rows to train on and the rows held out, each in ascending order.</summary>
/// <param name="Index">The fold number, 0-based.</param>
/// <param name="Train">The training row indices (every row not in <paramref name="Validation"/>).</param>
/// <param name="Validation">The held-out row indices.</param>
public sealed record Fold(int Index, long[] Train, long[] Validation)
{
    /// <summary>The training indices as an int64 tensor, for <c>index_select</c>.</summary>
    public torch.Tensor TrainTensor()
    {
        return torch.tensor(Train, torch.ScalarType.Int64);
    }

    /// <summary>The held-out indices as an int64 tensor, for <c>index_select</c>.</summary>
    public torch.Tensor ValidationTensor()
    {
        return torch.tensor(Validation, torch.ScalarType.Int64);
    }
}
