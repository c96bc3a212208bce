namespace DeepClustering.Clustering;

/// <summary>One k of a <see cref="KSweep"/>.</summary>
/// <param name="K">The number of clusters.</param>
/// <param name="Iterations">Lloyd iterations of the kept restart.</param>
/// <param name="Silhouette">The mean silhouette of the clustering.</param>
/// <param name="Dunn">Its Dunn index.</param>
/// <param name="Elapsed">The time of the fit and both indices.</param>
/// <param name="Labels">The cluster of every row.</param>
public sealed record KSweepPoint(int K, int Iterations, double Silhouette, double Dunn, TimeSpan Elapsed, int[] Labels);
