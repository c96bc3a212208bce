namespace DeepClustering.Tests.Deep;

/// <summary>Deep-clustering tests seed torch's global generator, so they run one at a time, after the parallel tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DeepCollection
{
    /// <summary>The collection name.</summary>
    public const string Name = "Deep clustering (torch global generator)";
}
