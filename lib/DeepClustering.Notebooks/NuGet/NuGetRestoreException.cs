namespace DeepClustering.Notebooks.NuGet;

/// <summary>A <c>#r "nuget: ..."</c> that cannot be satisfied: a version conflict or a failed restore.</summary>
public sealed class NuGetRestoreException(string message) : Exception(message);
