namespace DeepClustering.Notebooks.NuGet;

/// <summary>A restored package: its runtime assemblies and the folders that hold its native libraries.</summary>
public sealed record ResolvedPackage(string Name, string Version, IReadOnlyList<string> Assemblies, IReadOnlyList<string> NativeDirectories);
