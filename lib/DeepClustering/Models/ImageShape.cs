namespace DeepClustering.Models;

/// <summary>The shape of one image sample: channels, height, width.</summary>
/// <param name="Channels">Number of channels (1 for grayscale).</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Width">Width in pixels.</param>
public readonly record struct ImageShape(long Channels, long Height, long Width)
{
    /// <summary>The shape as [C, H, W].</summary>
    public long[] ToArray() => [Channels, Height, Width];

    /// <summary>Channels x height x width.</summary>
    public long Size => Channels * Height * Width;

    /// <summary>Throws <see cref="ArgumentException"/> unless every dimension is positive and height and width are multiples of <paramref name="divisor"/>.</summary>
    public ImageShape RequireDivisibleBy(long divisor, string model)
    {
        if (Channels <= 0 || Height <= 0 || Width <= 0 || Height % divisor != 0 || Width % divisor != 0)
            throw new ArgumentException($"{model}: expected an image shape [C, H, W] with H and W multiples of {divisor} but got [{Channels}, {Height}, {Width}].");
        return this;
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Channels}, {Height}, {Width}]";
}
