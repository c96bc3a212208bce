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

    /// <summary>This record, once every setting is checked (one error names each one out of range).</summary>
    internal ImageGridOptions Validated()
    {
        new OptionChecks()
            .Require(Columns >= 1, nameof(Columns), Columns, "at least 1")
            .Require(Padding is >= 0 and <= 256, nameof(Padding), Padding, "from 0 to 256")
            .Require(Scale is >= 1 and <= 64, nameof(Scale), Scale, "from 1 to 64")
            .Require(PaddingValue is >= 0f and <= 1f, nameof(PaddingValue), PaddingValue, "in [0, 1]")
            .Require(ImageHeight is null or >= 1, nameof(ImageHeight), ImageHeight, "at least 1")
            .Require(ImageWidth is null or >= 1, nameof(ImageWidth), ImageWidth, "at least 1")
            .ThrowIfAny();
        return this;
    }
}
