using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Numerics;

/// <summary>Conversions between <see cref="Matrix{T}"/> arrays and 2-D TorchSharp tensors, with the checks every algorithm needs.</summary>
public static class MatrixTensors
{
    /// <summary>Copies <paramref name="matrix"/> into a new (rows, columns) tensor of <paramref name="dtype"/> (float32 or float64).</summary>
    public static Tensor ToTensor(Matrix<float> matrix, ScalarType dtype)
    {
        using var t = torch.tensor(matrix.Data, new long[] { matrix.Rows, matrix.Columns });
        return t.to_type(dtype, copy: true);
    }

    /// <summary>Copies <paramref name="matrix"/> into a new (rows, columns) tensor of <paramref name="dtype"/> (float32 or float64).</summary>
    public static Tensor ToTensor(Matrix<double> matrix, ScalarType dtype)
    {
        using var t = torch.tensor(matrix.Data, new long[] { matrix.Rows, matrix.Columns });
        return t.to_type(dtype, copy: true);
    }

    /// <summary>Copies a 2-D tensor back into a float64 matrix.</summary>
    public static Matrix<double> ToMatrixDouble(Tensor tensor)
    {
        EnsureMatrixShape(tensor, nameof(tensor));
        using var t = tensor.detach().cpu().to_type(ScalarType.Float64).contiguous();
        return new Matrix<double>(t.data<double>().ToArray(), (int)tensor.shape[0], (int)tensor.shape[1]);
    }

    /// <summary>
    /// Returns a contiguous CPU copy of <paramref name="data"/> in <paramref name="dtype"/>, after checking that it is a 2-D
    /// floating-point tensor of finite values.
    /// </summary>
    /// <exception cref="ArgumentException">Wrong rank, non-floating type, or a NaN or infinite value.</exception>
    public static Tensor PrepareInput(Tensor data, ScalarType dtype, string paramName)
    {
        EnsureMatrixShape(data, paramName);
        if (!data.is_floating_point())
            throw new ArgumentException($"Expected a floating-point tensor, got {data.dtype}.", paramName);
        var result = data.detach().cpu().to_type(dtype, copy: true).contiguous();
        using var finite = torch.isfinite(result).all();
        if (!finite.item<bool>())
        {
            using var bad = torch.isfinite(result).logical_not().nonzero();
            var row = bad[0, 0].item<long>();
            var column = bad[0, 1].item<long>();
            var value = result[row, column].to_type(ScalarType.Float64).item<double>();
            result.Dispose();
            throw new ArgumentException($"Value at row {row}, column {column} is {value}; only finite numbers are allowed.", paramName);
        }
        return result;
    }

    /// <summary>Throws unless <paramref name="data"/> is a 2-D tensor.</summary>
    public static void EnsureMatrixShape(Tensor data, string paramName)
    {
        ArgumentNullException.ThrowIfNull(data, paramName);
        if (data.dim() != 2)
            throw new ArgumentException($"Expected a 2-D (samples x features) tensor, got shape [{string.Join(", ", data.shape)}].", paramName);
    }
}
