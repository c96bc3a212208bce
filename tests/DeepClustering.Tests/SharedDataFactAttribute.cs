using DeepClustering.Data;

namespace DeepClustering.Tests;

/// <summary>A fact that is skipped when the shared reference data (DEEPCLUSTERING_DATA) lacks <c>folder</c>.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string folder)
    {
        if (TestData.SharedRoot is not { } root || !Directory.Exists(Path.Combine(root, folder)))
            Skip = $"set {DataLocator.EnvironmentVariable} to a data directory with '{folder}/' to run this test";
    }
}
