namespace DeepClustering.Keras;

/// <summary>One weight array of a Keras layer as stored (for example <c>kernel:0</c>, Keras' channels-last layout), in row-major order.</summary>
/// <param name="Name">The array's name without the layer prefix (<c>kernel:0</c>, <c>bias:0</c>, <c>moving_mean:0</c>, ...).</param>
/// <param name="Shape">Its dimensions as stored.</param>
/// <param name="Values">Its values, row-major.</param>
public sealed record KerasWeight(string Name, long[] Shape, float[] Values)
{
    /// <summary>The shape as Keras prints it, e.g. <c>(7, 7, 1, 32)</c>.</summary>
    public string ShapeText => KerasShapes.Text(Shape);
}
