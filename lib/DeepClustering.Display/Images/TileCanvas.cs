namespace DeepClustering.Display.Images;

/// <summary>Lays images out on a grid canvas (rows of <c>columns</c> tiles, nearest-neighbour scaled, padded), channel-interleaved.</summary>
internal sealed class TileCanvas
{
    private TileCanvas(float[] values, int height, int width, int channels, int rows, int columns)
    {
        Values = values;
        Height = height;
        Width = width;
        Channels = channels;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>Canvas values, row-major, channels interleaved (H, W, C).</summary>
    public float[] Values { get; }

    /// <summary>Canvas height in pixels.</summary>
    public int Height { get; }

    /// <summary>Canvas width in pixels.</summary>
    public int Width { get; }

    /// <summary>Channels per pixel.</summary>
    public int Channels { get; }

    /// <summary>Grid rows.</summary>
    public int Rows { get; }

    /// <summary>Grid columns actually used.</summary>
    public int Columns { get; }

    /// <summary>Tiles <paramref name="batch"/>; pixels outside every tile get <paramref name="fill"/>.</summary>
    public static TileCanvas Build(ImageBatch batch, int columns, int scale, int padding, float fill)
    {
        int used = Math.Min(columns, batch.Count);
        int rows = (batch.Count + used - 1) / used;
        int tileHeight = batch.Height * scale, tileWidth = batch.Width * scale;
        long height = padding + (long)rows * (tileHeight + padding);
        long width = padding + (long)used * (tileWidth + padding);
        int channels = batch.Channels;
        if (height * width * channels > 64L * 1024 * 1024)
            throw new ArgumentException($"An image grid of {width}x{height} pixels is too large; show fewer images or a smaller scale.");
        var values = new float[height * width * channels];
        Array.Fill(values, fill);
        int plane = batch.Height * batch.Width;
        for (int n = 0; n < batch.Count; n++)
        {
            int top = padding + n / used * (tileHeight + padding);
            int left = padding + n % used * (tileWidth + padding);
            int source = n * batch.ImageSize;
            for (int y = 0; y < tileHeight; y++)
            {
                int sourceRow = y / scale * batch.Width;
                long target = ((top + y) * width + left) * channels;
                for (int x = 0; x < tileWidth; x++)
                {
                    int pixel = sourceRow + x / scale;
                    for (int c = 0; c < channels; c++)
                        values[target + x * channels + c] = batch.Values[source + c * plane + pixel];
                }
            }
        }
        return new TileCanvas(values, (int)height, (int)width, channels, rows, used);
    }
}
