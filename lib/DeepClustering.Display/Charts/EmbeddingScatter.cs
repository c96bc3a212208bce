using DeepClustering.Numerics;
using DeepClustering.Display.Plotly;
using Tensor = TorchSharp.torch.Tensor;

namespace DeepClustering.Display.Charts;

public static partial class Charts
{
    /// <summary>
    /// A 2-D scatter of points [n, 2] with one coloured trace per cluster. Above <paramref name="maxPoints"/> points a
    /// seeded random subset is drawn (browsers slow down with tens of thousands of SVG markers).
    /// </summary>
    public static PlotlyFigure EmbeddingScatter(
        double[,] points, IReadOnlyList<long> clusters, string title = "Embedding by cluster",
        string xTitle = "component 1", string yTitle = "component 2", int maxPoints = 5000, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(clusters);
        int n = points.GetLength(0);
        if (points.GetLength(1) != 2)
            throw new ArgumentException($"Expected points shaped [n, 2], got [{n}, {points.GetLength(1)}].", nameof(points));
        if (clusters.Count != n)
            throw new ArgumentException($"Expected {n} cluster labels (one per point), got {clusters.Count}.", nameof(clusters));
        OptionOutOfRangeException.ThrowUnless(maxPoints >= 1, nameof(maxPoints), maxPoints, "at least 1");
        int[] shown = Enumerable.Range(0, n).ToArray();
        if (n > maxPoints)
        {
            new Random(seed).Shuffle(shown);
            shown = shown[..maxPoints];
            Array.Sort(shown);
        }
        var groups = shown.GroupBy(i => clusters[i]).OrderBy(g => g.Key).ToList();
        string subtitle = n > maxPoints ? $" ({maxPoints} of {n} points)" : "";
        return PlotlyFigures.Build("Points", new ChartFrame(title + subtitle, xTitle, yTitle, Height: 520),
            groups.Select(g => g.Select(i => points[i, 0]).ToArray()).ToArray(), groups.Select(g => g.Select(i => points[i, 1]).ToArray()).ToArray(),
            groups.Select(g => $"cluster {g.Key}").ToArray(), 0.7);
    }

    /// <summary>Projects <paramref name="embeddings"/> [n, d] to 2-D with <see cref="Pca"/> (when d &gt; 2) and draws it by cluster.</summary>
    public static PlotlyFigure EmbeddingScatter(
        Tensor embeddings, IReadOnlyList<long> clusters, string title = "Embedding by cluster (PCA)", int maxPoints = 5000, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        if (embeddings.dim() != 2 || embeddings.shape[1] < 2)
            throw new ArgumentException($"Expected embeddings shaped [n, d] with d >= 2, got [{string.Join(", ", embeddings.shape)}].", nameof(embeddings));
        double[,] points = Pca.Project(embeddings, 2);
        bool projected = embeddings.shape[1] > 2;
        return EmbeddingScatter(points, clusters, title,
            projected ? "PC 1" : "dimension 1", projected ? "PC 2" : "dimension 2", maxPoints, seed);
    }

    /// <summary>As <see cref="EmbeddingScatter(Tensor, IReadOnlyList{long}, string, int, int)"/>, for int cluster labels as the metrics use them.</summary>
    public static PlotlyFigure EmbeddingScatter(
        Tensor embeddings, int[] clusters, string title = "Embedding by cluster (PCA)", int maxPoints = 5000, int seed = 0) =>
        EmbeddingScatter(embeddings, Array.ConvertAll(clusters ?? throw new ArgumentNullException(nameof(clusters)), c => (long)c), title, maxPoints, seed);
}
