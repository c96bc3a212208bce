namespace DeepClustering.Reproductions;

/// <summary>An experiment's number missed the target of its profile.</summary>
public sealed class ExperimentTargetException(string message) : Exception(message);
