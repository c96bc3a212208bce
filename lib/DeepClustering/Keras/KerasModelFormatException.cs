namespace DeepClustering.Keras;

/// <summary>A Keras HDF5 model file cannot be read or does not fit the model it is loaded into; the message names the file, the layer and what was expected.</summary>
public sealed class KerasModelFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/>, optionally at <paramref name="layer"/> (as "index 'name' (Class)").</summary>
    public KerasModelFormatException(string file, string problem, string? layer = null, Exception? inner = null)
        : base($"{file}{(layer is null ? "" : $", layer {layer}")}: {problem}", inner)
    {
        File = file;
        Layer = layer;
        Problem = problem;
    }

    /// <summary>The model file.</summary>
    public string File { get; }

    /// <summary>The layer the problem is in, when it is in one.</summary>
    public string? Layer { get; }

    /// <summary>What is wrong and what was expected, without the location.</summary>
    public string Problem { get; }
}
