using System.Globalization;
using DeepClustering.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Display.Images;

/// <summary>A grid of images rendered to PNG; notebooks display it as image/png once <see cref="NotebookDisplay.Register"/> ran.</summary>
public sealed class ImageGrid
{
    private readonly Lazy<byte[]> _png;

    private ImageGrid(byte[] pixels, int width, int height, int channels, int count, int rows, int columns)
    {
        Pixels = pixels;
        Width = width;
        Height = height;
        Channels = channels;
        Count = count;
        Rows = rows;
        Columns = columns;
        _png = new Lazy<byte[]>(() => PngEncoder.Encode(Pixels, Width, Height, Channels));
    }

    /// <summary>Grid width in pixels.</summary>
    public int Width { get; }

    /// <summary>Grid height in pixels.</summary>
    public int Height { get; }

    /// <summary>1 for grayscale, 3 for RGB.</summary>
    public int Channels { get; }

    /// <summary>Number of images shown.</summary>
    public int Count { get; }

    /// <summary>Grid rows.</summary>
    public int Rows { get; }

    /// <summary>Grid columns.</summary>
    public int Columns { get; }

    /// <summary>8-bit pixels, row-major, channels interleaved.</summary>
    internal byte[] Pixels { get; }

    /// <summary>
    /// A grid from a tensor shaped [N, C, H, W] (C = 1 or 3), [N, H, W], or flattened [N, D] with
    /// <see cref="ImageGridOptions.ImageHeight"/>/<see cref="ImageGridOptions.ImageWidth"/> (D = H*W or 3*H*W; square when omitted).
    /// </summary>
    public static ImageGrid FromTensor(Tensor images, ImageGridOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(images);
        options = (options ?? new ImageGridOptions()).Validated();
        TorchRuntime.EnsureInitialized();
        long[] shape = images.shape;
        (int channels, int height, int width) = shape.Length switch
        {
            4 => (Checked(shape[1]), Checked(shape[2]), Checked(shape[3])),
            3 => (1, Checked(shape[1]), Checked(shape[2])),
            2 => FlatLayout(shape[1], options),
            _ => throw new ArgumentException($"Expected images shaped [N, C, H, W], [N, H, W] or [N, D], got [{string.Join(", ", shape)}].", nameof(images)),
        };
        float[] values;
        using (NewDisposeScope())
            values = images.detach().cpu().to_type(ScalarType.Float32).contiguous().data<float>().ToArray();
        return FromValues(values, Checked(shape[0]), channels, height, width, options);
    }

    /// <summary>A grid from <paramref name="count"/> images stored as floats in N, C, H, W order.</summary>
    public static ImageGrid FromValues(float[] values, int count, int channels, int height, int width, ImageGridOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        options = (options ?? new ImageGridOptions()).Validated();
        var batch = new ImageBatch(values, count, channels, height, width).Validated();
        var canvas = TileCanvas.Build(Normalized(batch, options.NormalizeEachImage), options.Columns, options.Scale, options.Padding, options.PaddingValue);
        var pixels = new byte[canvas.Values.Length];
        for (int i = 0; i < pixels.Length; i++)
            pixels[i] = ToByte(canvas.Values[i]);
        return new ImageGrid(pixels, canvas.Width, canvas.Height, channels, count, canvas.Rows, canvas.Columns);
    }

    /// <summary>The grid as PNG file bytes (encoded once, then cached).</summary>
    public byte[] ToPng() => (byte[])_png.Value.Clone();

    /// <summary>The PNG bytes as base64 text: the value of an image/png output in a Jupyter bundle.</summary>
    public string ToBase64Png() => Convert.ToBase64String(_png.Value);

    /// <summary>An HTML img element holding the PNG as a data URI.</summary>
    public string ToHtml(string? alt = null) =>
        $"<img src=\"data:image/png;base64,{ToBase64Png()}\" width=\"{Width}\" height=\"{Height}\" alt=\"{System.Net.WebUtility.HtmlEncode(alt ?? ToString())}\" />";

    /// <summary>Writes the PNG file atomically.</summary>
    public void Save(string path) => AtomicFile.Replace(path, _png.Value);

    /// <summary>A one-line description, the text/plain form of the grid.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ImageGrid: {Count} images in {Rows}x{Columns}, {Width}x{Height} px, {(Channels == 1 ? "grayscale" : "RGB")}");

    private static (int Channels, int Height, int Width) FlatLayout(long size, ImageGridOptions options)
    {
        int? h = options.ImageHeight, w = options.ImageWidth;
        if (h is null && w is null)
        {
            int side = (int)Math.Round(Math.Sqrt(size));
            if ((long)side * side == size) return (1, side, side);
            int rgbSide = (int)Math.Round(Math.Sqrt(size / 3.0));
            if (3L * rgbSide * rgbSide == size) return (3, rgbSide, rgbSide);
            throw new ArgumentException($"Flattened images of {size} values are not square; set ImageHeight and ImageWidth.");
        }
        int height = h ?? (int)(size / w!.Value), width = w ?? (int)(size / h!.Value);
        long plane = (long)height * width;
        if (plane == size) return (1, height, width);
        if (3 * plane == size) return (3, height, width);
        throw new ArgumentException($"Flattened images of {size} values do not fit {height}x{width} (need {plane} or {3 * plane} values).");
    }

    private static int Checked(long dimension) =>
        dimension is >= 1 and <= 1 << 20 ? (int)dimension : throw new ArgumentException($"Image dimension {dimension} is out of range.");

    private static ImageBatch Normalized(ImageBatch batch, bool eachImage)
    {
        if (!eachImage) return batch;
        var values = (float[])batch.Values.Clone();
        int size = batch.ImageSize;
        for (int n = 0; n < batch.Count; n++)
        {
            var image = values.AsSpan(n * size, size);
            float min = float.PositiveInfinity, max = float.NegativeInfinity;
            foreach (float v in image)
                if (float.IsFinite(v)) { min = Math.Min(min, v); max = Math.Max(max, v); }
            float range = max - min;
            for (int i = 0; i < image.Length; i++)
                image[i] = range > 0 && float.IsFinite(image[i]) ? (image[i] - min) / range : 0f;
        }
        return batch with { Values = values };
    }

    // NaN shows as black; values outside [0, 1] are clamped.
    private static byte ToByte(float value) =>
        float.IsNaN(value) ? (byte)0 : (byte)Math.Round(Math.Clamp(value, 0f, 1f) * 255f);
}
