namespace DeepClustering.Tests.Notebooks;

/// <summary>Runner tests start kernel processes and check that none is left, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookRunnerCollection
{
    public const string Name = "Notebook runner";
}
