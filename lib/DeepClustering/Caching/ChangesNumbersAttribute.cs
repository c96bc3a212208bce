namespace DeepClustering.Caching;

/// <summary>Marks an options property whose value changes what training computes, so it is part of the cache
/// identity.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ChangesNumbersAttribute : Attribute;
