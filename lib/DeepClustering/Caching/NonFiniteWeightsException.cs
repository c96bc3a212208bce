namespace DeepClustering.Caching;

/// <summary>A model handed to the cache holds NaN or infinite weights; nothing was stored, and the message names
/// them.</summary>
public sealed class NonFiniteWeightsException : Exception
{
    /// <summary>Creates the exception with a message that names the parameter and the cache folder.</summary>
    public NonFiniteWeightsException(string message) : base(message) { }
}
