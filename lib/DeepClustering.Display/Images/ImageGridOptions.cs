namespace DeepClustering.Display.Images;

/// <summary>Layout and scaling of an <see cref="ImageGrid"/>.</summary>
public sealed record ImageGridOptions
{
    /// <summary>Images per grid row.</summary>
    public int Columns { get; init; } = 10;

    /// <summary>Output pixels between images and around the grid.</summary>
    public int Padding { get; init; } = 2;

    /// <summary>Nearest-neighbour upscaling factor, so 28x28 digits are visible.</summary>
    public int Scale { get; init; } = 2;

    /// <summary>Stretch each image to its own min..max instead of reading values as [0, 1] (use for codes and centroids).</summary>
    public bool NormalizeEachImage { get; init; }

    /// <summary>Padding intensity in [0, 1] (1 = white).</summary>
    public float PaddingValue { get; init; } = 1f;

    /// <summary>Image height for flattened [N, D] input; a square is assumed when omitted.</summary>
    public int? ImageHeight { get; init; }

    /// <summary>Image width for flattened [N, D] input; a square is assumed when omitted.</summary>
    public int? ImageWidth { get; init; }

    /// <summary>Throws when a setting is out of range.</summary>
    internal ImageGridOptions Validated()
    {
        if (Columns < 1) throw new ArgumentOutOfRangeException(nameof(Columns), Columns, "Columns must be at least 1.");
        if (Padding < 0 || Padding > 256) throw new ArgumentOutOfRangeException(nameof(Padding), Padding, "Padding must be 0..256.");
        if (Scale < 1 || Scale > 64) throw new ArgumentOutOfRangeException(nameof(Scale), Scale, "Scale must be 1..64.");
        if (!(PaddingValue >= 0f && PaddingValue <= 1f))
            throw new ArgumentOutOfRangeException(nameof(PaddingValue), PaddingValue, "PaddingValue must be in [0, 1].");
        if (ImageHeight is < 1) throw new ArgumentOutOfRangeException(nameof(ImageHeight), ImageHeight, "ImageHeight must be positive.");
        if (ImageWidth is < 1) throw new ArgumentOutOfRangeException(nameof(ImageWidth), ImageWidth, "ImageWidth must be positive.");
        return this;
    }
}
