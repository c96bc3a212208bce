namespace DeepClustering.Models;

/// <summary>
/// libtorch computes this convolution shape wrongly on this processor; the message names the shape and what to do.
/// </summary>
public sealed class ConvolutionUnreliableException : Exception
{
    /// <summary>Creates the exception with a message that names the shape, the error found and the remedy.</summary>
    public ConvolutionUnreliableException(string message) : base(message) { }
}
