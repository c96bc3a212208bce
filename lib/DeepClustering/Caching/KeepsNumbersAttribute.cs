namespace DeepClustering.Caching;

/// <summary>Marks an options property that only changes how a run reports or where it writes, never what it
/// computes.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class KeepsNumbersAttribute : Attribute;
