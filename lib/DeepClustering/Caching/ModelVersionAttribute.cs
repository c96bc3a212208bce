namespace DeepClustering.Caching;

/// <summary>
/// The version of a module's forward pass, part of its <see cref="ModelFingerprint"/>: raise it when the module
/// computes
/// differently with the same parameters (say, another upsampling), so no model cached before is loaded as the new one.
/// </summary>
/// <param name="version">The version, from 1.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ModelVersionAttribute(int version) : Attribute
{
    /// <summary>The version of the forward pass.</summary>
    public int Version { get; } = version;
}
