using DeepClustering.Tests.Data;

namespace DeepClustering.Tests.Keras;

/// <summary>Experiment 5's published Keras models in the shared reference data (DEEPCLUSTERING_DATA).</summary>
internal static class PublishedModelFiles
{
    /// <summary>The folder of the published models and fold split.</summary>
    public const string Folder = "deep-clustering-luizamarnet";

    /// <summary>The path of <paramref name="name"/> in that folder.</summary>
    public static string Path(string name) => System.IO.Path.Combine(TestData.SharedRoot!, Folder, name);
}
