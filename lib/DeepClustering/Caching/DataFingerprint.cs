using System.Security.Cryptography;
using static TorchSharp.torch;

namespace DeepClustering.Caching;

/// <summary>A cheap identity of a data tensor: SHA-256 of its type, shape and a strided sample of its values.</summary>
public static class DataFingerprint
{
    /// <summary>How many values (at most) are read, evenly spaced over the flattened tensor, plus the last
    /// value.</summary>
    public const int SampleSize = 4096;

    /// <summary>A 64-hex-digit fingerprint of <paramref name="data"/>; reads at most <see cref="SampleSize"/> + 1
    /// values.</summary>
    public static string Of(Tensor data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var scope = NewDisposeScope();
        var flat = data.detach().reshape(-1);
        var count = flat.shape[0];
        var text = $"{data.dtype}|{string.Join(",", data.shape)}|";
        byte[] sampleBytes = [];
        if (count > 0)
        {
            var step = Math.Max(1, count / SampleSize);
            var indices = arange(0, count, step, dtype: ScalarType.Int64);
            var sample = cat([flat.index_select(0, indices), flat.narrow(0, count - 1, 1)]).to_type(ScalarType.Float64).contiguous();
            sampleBytes = sample.bytes.ToArray();
        }
        var header = System.Text.Encoding.UTF8.GetBytes(text);
        return Convert.ToHexStringLower(SHA256.HashData([.. header, .. sampleBytes]));
    }
}
