using System.Numerics;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Clustering;

/// <summary>Copies between small managed arrays (centroids) and tensors for the element types k-means runs in.</summary>
internal static class HostArrays
{
    /// <summary>A new (rows, columns) tensor holding <paramref name="values"/>.</summary>
    public static Tensor ToTensor<T>(T[] values, long rows, long columns) where T : unmanaged, IFloatingPointIeee754<T> => values switch
    {
        float[] f => torch.tensor(f, [rows, columns]),
        double[] d => torch.tensor(d, [rows, columns]),
        _ => throw new NotSupportedException($"k-means runs in float32 or float64, not {typeof(T).Name}."),
    };

    /// <summary>The values of <paramref name="tensor"/> as a row-major managed array of <typeparamref name="T"/>.</summary>
    public static T[] FromTensor<T>(Tensor tensor) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var type = typeof(T) == typeof(float) ? ScalarType.Float32 : ScalarType.Float64;
        using var converted = tensor.to_type(type).contiguous();
        return converted.data<T>().ToArray();
    }
}
