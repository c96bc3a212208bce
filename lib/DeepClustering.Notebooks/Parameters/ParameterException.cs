namespace DeepClustering.Notebooks.Parameters;

/// <summary>A <c>--param</c> that cannot be applied: unknown name, no parameters cell, or a value of the wrong type.</summary>
public sealed class ParameterException(string message) : Exception(message);
