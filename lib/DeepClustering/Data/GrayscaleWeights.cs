namespace DeepClustering.Data;

/// <summary>The weights of the red, green and blue channels in a grayscale conversion (gray = R*Red + G*Green + B*Blue).</summary>
/// <param name="Red">Weight of the first (red) channel.</param>
/// <param name="Green">Weight of the second (green) channel.</param>
/// <param name="Blue">Weight of the third (blue) channel.</param>
public readonly record struct GrayscaleWeights(double Red, double Green, double Blue)
{
    /// <summary>The standard ITU-R BT.601 luma weights 0.299 R + 0.587 G + 0.114 B (experiment 3).</summary>
    public static GrayscaleWeights Standard { get; } = new(0.299, 0.587, 0.114);

    /// <summary>The swapped weights experiment 4 used, 0.114 R + 0.587 G + 0.299 B (a channel-order slip kept for reproduction).</summary>
    public static GrayscaleWeights Experiment4Swapped { get; } = new(0.114, 0.587, 0.299);
}
