namespace DeepClustering.Training;

/// <summary>Training produced a non-finite loss or weights; nothing was cached, and the message says where it happened.</summary>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>Creates the exception with a message that names the epoch, batch or parameter.</summary>
    public TrainingDivergedException(string message) : base(message) { }
}
