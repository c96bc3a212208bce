using TorchSharp;

namespace DeepClustering.Data;

/// <summary>Tensor preprocessing the experiments need: grayscale, byte scaling, min-max, flattening (standardisation: <see cref="Standardization"/>; folds: <see cref="KFold"/>).</summary>
public static class Preprocessing
{
    /// <summary>Converts colour images [N, 3, H, W] to grayscale [N, 1, H, W] with explicit channel weights (same dtype).</summary>
    /// <exception cref="ArgumentException">The images are not [N, 3, H, W].</exception>
    public static torch.Tensor Grayscale(torch.Tensor images, GrayscaleWeights weights)
    {
        if (images.dim() != 4 || images.shape[1] != 3)
            throw new ArgumentException($"expected colour images [N, 3, H, W], got [{string.Join(", ", images.shape)}]", nameof(images));
        using var scope = torch.NewDisposeScope();
        var w = torch.tensor(new[] { weights.Red, weights.Green, weights.Blue }, [1, 3, 1, 1], images.dtype, images.device);
        return (images * w).sum(1, keepdim: true).MoveToOuterDisposeScope();
    }

    /// <summary>Scales a uint8 tensor to float32 in [0, 1] (value / 255).</summary>
    /// <exception cref="ArgumentException">The tensor is not uint8.</exception>
    public static torch.Tensor ScaleBytes(torch.Tensor bytes)
    {
        if (bytes.dtype != torch.ScalarType.Byte)
            throw new ArgumentException($"expected a uint8 tensor, got {bytes.dtype}", nameof(bytes));
        using var asFloat = bytes.to_type(torch.ScalarType.Float32);
        return asFloat.div(255f);
    }

    /// <summary>Scales raw bytes to a float32 tensor of <paramref name="shape"/> in [0, 1] (value / 255), vectorised.</summary>
    public static torch.Tensor ScaleBytes(ReadOnlySpan<byte> bytes, long[] shape) => TensorFactory.UnitFloats(bytes, shape);

    /// <summary>Fits per-column min-max scaling of <paramref name="x"/> [N, F] to [<paramref name="low"/>, <paramref name="high"/>] and applies it (experiment 1 uses [0.1, 0.9]).</summary>
    public static (torch.Tensor Scaled, MinMaxScaling Scaling) MinMax(torch.Tensor x, double low = 0, double high = 1)
    {
        var scaling = MinMaxScaling.Fit(x, low, high);
        return (scaling.Apply(x), scaling);
    }

    /// <summary>Flattens every item of a batch: [N, d1, d2, ...] becomes [N, d1*d2*...] (a view when possible).</summary>
    public static torch.Tensor Flatten(torch.Tensor batch)
    {
        if (batch.dim() < 1)
            throw new ArgumentException("expected a batch with a first dimension", nameof(batch));
        return batch.reshape(batch.shape[0], -1);
    }
}
