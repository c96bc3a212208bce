using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>Argument checks shared by the deep-clustering entry points.</summary>
internal static class DeepInput
{
    /// <summary>Throws unless <paramref name="x"/> is a floating-point tensor of rank <paramref name="rank"/> (or any rank &gt;= 2 when null) with at least <paramref name="minRows"/> rows and only finite values.</summary>
    public static void RequireFloatBatch(Tensor x, string name, int? rank, long minRows)
    {
        ArgumentNullException.ThrowIfNull(x, name);
        if (rank is { } r && x.dim() != r)
            throw new ArgumentException($"{name} must have rank {r}, got shape {Shape(x)}.", name);
        if (rank is null && x.dim() < 2)
            throw new ArgumentException($"{name} must be a batch [N, ...] of rank at least 2, got shape {Shape(x)}.", name);
        if (!is_floating_point(x))
            throw new ArgumentException($"{name} must be a floating-point tensor, got {x.dtype}.", name);
        if (x.shape[0] < minRows)
            throw new ArgumentException($"{name} needs at least {minRows} rows, got shape {Shape(x)}.", name);
        using var finite = x.isfinite().all();
        if (!finite.item<bool>())
            throw new ArgumentException($"{name} contains NaN or infinite values.", name);
    }

    /// <summary>A tensor shape as "[a, b, c]" for messages.</summary>
    public static string Shape(Tensor x) => "[" + string.Join(", ", x.shape) + "]";
}
