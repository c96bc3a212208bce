using System.Globalization;
using DeepClustering.IO;
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
        options = (options ?? new ImageGridOptions()).Validated();
        return FromBatch(ImageTensor.Read(images, options.ImageHeight, options.ImageWidth), options);
    }

    /// <summary>A grid of the images at <paramref name="rows"/> (in that order) of a tensor <see cref="FromTensor"/> accepts.</summary>
    public static ImageGrid FromRows(Tensor images, IEnumerable<int> rows, ImageGridOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(rows);
        using var index = tensor(rows.Select(r => (long)r).ToArray());
        using var picked = images.index_select(0, index);
        return FromTensor(picked, options);
    }

    /// <summary>A grid from <paramref name="count"/> images stored as floats in N, C, H, W order.</summary>
    public static ImageGrid FromValues(float[] values, int count, int channels, int height, int width, ImageGridOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        options = (options ?? new ImageGridOptions()).Validated();
        return FromBatch(new ImageBatch(values, count, channels, height, width).Validated(), options);
    }

    private static ImageGrid FromBatch(ImageBatch batch, ImageGridOptions options)
    {
        var canvas = TileCanvas.Build(Normalized(batch, options.NormalizeEachImage), options.Columns, options.Scale, options.Padding, options.PaddingValue);
        var pixels = new byte[canvas.Values.Length];
        for (int i = 0; i < pixels.Length; i++)
            pixels[i] = ToByte(canvas.Values[i]);
        return new ImageGrid(pixels, canvas.Width, canvas.Height, batch.Channels, batch.Count, canvas.Rows, canvas.Columns);
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
