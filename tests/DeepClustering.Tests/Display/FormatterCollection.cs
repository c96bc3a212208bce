namespace DeepClustering.Tests.Display;

/// <summary>Tests that change the process-wide Formatter state run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FormatterCollection
{
    public const string Name = "Formatter state";
}
