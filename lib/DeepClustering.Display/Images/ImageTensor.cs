using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Display.Images;

/// <summary>Reads image tensors ([N, C, H, W], [N, H, W] or flattened [N, D]) into an <see cref="ImageBatch"/>.</summary>
internal static class ImageTensor
{
    /// <summary>Copies <paramref name="images"/> to float values; <paramref name="height"/>/<paramref name="width"/> shape flattened rows (square when omitted).</summary>
    public static ImageBatch Read(Tensor images, int? height, int? width)
    {
        ArgumentNullException.ThrowIfNull(images);
        long[] shape = images.shape;
        (int c, int h, int w) = shape.Length switch
        {
            4 => (Checked(shape[1]), Checked(shape[2]), Checked(shape[3])),
            3 => (1, Checked(shape[1]), Checked(shape[2])),
            2 => FlatLayout(shape[1], height, width),
            _ => throw new ArgumentException($"Expected images shaped [N, C, H, W], [N, H, W] or [N, D], got [{string.Join(", ", shape)}].", nameof(images)),
        };
        float[] values;
        using (NewDisposeScope())
            values = images.detach().cpu().to_type(ScalarType.Float32).contiguous().data<float>().ToArray();
        return new ImageBatch(values, Checked(shape[0]), c, h, w).Validated();
    }

    private static (int Channels, int Height, int Width) FlatLayout(long size, int? h, int? w)
    {
        if (h is null && w is null)
        {
            int side = (int)Math.Round(Math.Sqrt(size));
            if ((long)side * side == size) return (1, side, side);
            int rgbSide = (int)Math.Round(Math.Sqrt(size / 3.0));
            if (3L * rgbSide * rgbSide == size) return (3, rgbSide, rgbSide);
            throw new ArgumentException($"Flattened images of {size} values are not square; give the image height and width.");
        }
        int height = h ?? (int)(size / w!.Value), width = w ?? (int)(size / h!.Value);
        long plane = (long)height * width;
        if (plane == size) return (1, height, width);
        if (3 * plane == size) return (3, height, width);
        throw new ArgumentException($"Flattened images of {size} values do not fit {height}x{width} (need {plane} or {3 * plane} values).");
    }

    private static int Checked(long dimension) =>
        dimension is >= 1 and <= 1 << 20 ? (int)dimension : throw new ArgumentException($"Image dimension {dimension} is out of range.");
}
