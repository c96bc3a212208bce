using System.Globalization;
using System.Text;

using static TorchSharp.torch;

namespace DeepClustering.Display.Tensors;

/// <summary>Plain-text view of a TorchSharp tensor: shape, dtype, device and (capped) values in NumPy style.</summary>
public static class TensorText
{
    /// <summary>Describes <paramref name="tensor"/>, printing at most about <paramref name="maxElements"/> values.</summary>
    public static string Format(Tensor tensor, int maxElements = 200)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.IsInvalid)
            return "Tensor (disposed)";
        var text = new StringBuilder();
        string shape = string.Join(", ", tensor.shape.Select(d => d.ToString(CultureInfo.InvariantCulture)));
        text.Append(CultureInfo.InvariantCulture, $"Tensor [{shape}], dtype {tensor.dtype}, device {tensor.device}");
        text.AppendLine();
        long total = tensor.numel();
        using var scope = NewDisposeScope();
        Tensor shown = total <= maxElements ? tensor : Leading(tensor, maxElements);
        text.Append(shown.cpu().ToString(TorchSharp.TensorStringStyle.Numpy, cultureInfo: CultureInfo.InvariantCulture));
        if (shown.numel() < total)
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"… showing {shown.numel()} of {total} values");
        return text.ToString();
    }

    // The first rows along dimension 0 that fit the budget; a single row too big is flattened and cut.
    private static Tensor Leading(Tensor tensor, int maxElements)
    {
        if (tensor.dim() == 0) return tensor;
        long rowSize = tensor.numel() / Math.Max(1, tensor.shape[0]);
        long rows = rowSize == 0 ? tensor.shape[0] : maxElements / rowSize;
        return rows >= 1
            ? tensor.narrow(0, 0, Math.Min(rows, tensor.shape[0]))
            : tensor.flatten().narrow(0, 0, maxElements);
    }
}
