namespace DeepClustering.Keras;

/// <summary>Shape text in Keras' tuple notation, for messages.</summary>
internal static class KerasShapes
{
    /// <summary><c>(7, 7, 1, 32)</c>; a single dimension as <c>(32,)</c>.</summary>
    public static string Text(IReadOnlyList<long> shape) =>
        shape.Count == 1 ? $"({shape[0]},)" : $"({string.Join(", ", shape)})";
}
