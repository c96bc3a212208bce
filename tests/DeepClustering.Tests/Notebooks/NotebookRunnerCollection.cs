namespace DeepClustering.Tests.Notebooks;

/// <summary>Runner tests change process-wide state (console routing, Formatter registrations), so they run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookRunnerCollection
{
    public const string Name = "Notebook runner";
}
