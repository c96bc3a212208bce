namespace DeepClustering.Display.Images;

/// <summary>N images as float values in N, C, H, W order (C is 1 for grayscale or 3 for RGB).</summary>
internal sealed record ImageBatch(float[] Values, int Count, int Channels, int Height, int Width)
{
    /// <summary>Values per image.</summary>
    public int ImageSize => Channels * Height * Width;

    /// <summary>Checks that the sizes agree with the value count.</summary>
    public ImageBatch Validated()
    {
        if (Count < 1) throw new ArgumentException($"An image grid needs at least one image, got {Count}.");
        if (Channels is not (1 or 3)) throw new ArgumentException($"Images must have 1 (gray) or 3 (RGB) channels, got {Channels}.");
        if (Height < 1 || Width < 1) throw new ArgumentException($"Image size must be positive, got {Height}x{Width}.");
        long expected = (long)Count * ImageSize;
        if (Values.Length != expected)
            throw new ArgumentException($"Expected {expected} values for {Count} images of {Channels}x{Height}x{Width}, got {Values.Length}.");
        return this;
    }
}
