namespace DeepClustering.Platform;

/// <summary>TorchSharp's native libraries cannot be loaded; the message says why and what to do.</summary>
public sealed class TorchRuntimeException : Exception
{
    /// <summary>Creates the exception with a message that explains the cause and the remedy.</summary>
    public TorchRuntimeException(string message, Exception? inner = null) : base(message, inner) { }
}
