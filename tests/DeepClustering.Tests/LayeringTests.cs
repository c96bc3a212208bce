using System.Reflection;
using DeepClustering.Clustering;
using DeepClustering.Platform;
using DeepClustering.Reproductions;

namespace DeepClustering.Tests;

/// <summary>
/// The assemblies' layering (lib/README.md): science, platform repair and reproduction bookkeeping stay apart.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Assembly Core = typeof(KMeans).Assembly;
    private static readonly Assembly Platform = typeof(TorchRuntime).Assembly;
    private static readonly Assembly Reproductions = typeof(ExperimentLog).Assembly;

    private static string[] OwnReferences(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("DeepClustering", StringComparison.Ordinal))
            .Order()];

    [Fact]
    public void The_science_library_references_no_other_project_assembly()
    {
        Assert.Empty(OwnReferences(Core));
    }

    [Fact]
    public void Platform_repair_and_reproductions_sit_above_the_science_library_without_a_cycle()
    {
        Assert.Equal(["DeepClustering"], OwnReferences(Platform));
        Assert.Equal(["DeepClustering", "DeepClustering.Platform"], OwnReferences(Reproductions));
    }

    [Fact]
    public void Each_public_namespace_belongs_to_one_assembly()
    {
        Assembly[] assemblies =
        [
            Core, Platform, Reproductions,
            typeof(global::DeepClustering.Display.NotebookDisplay).Assembly,
            typeof(global::DeepClustering.Notebooks.NotebookRunner).Assembly,
            typeof(global::DeepClustering.Notebooks.Document.NotebookDocument).Assembly,
            typeof(global::DeepClustering.Apps.NotebookApp).Assembly,
            Assembly.Load("deep-clustering"),
        ];
        var shared = assemblies
            .SelectMany(a => a.GetExportedTypes()
                .Select(t => (Namespace: t.Namespace ?? "", Assembly: a.GetName().Name!)))
            .Distinct()
            .GroupBy(x => x.Namespace)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(x => x.Assembly))})")
            .ToList();
        Assert.True(shared.Count == 0, "namespaces declared in more than one assembly: " + string.Join("; ", shared));
    }
}
