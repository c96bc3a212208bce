namespace DeepClustering.Deep;

/// <summary>What a DEC fit did, without its tensors: iterations, convergence, the refresh history, the wall time and the starting labels (what a model cache keeps beside DEC's weights).</summary>
/// <param name="Iterations">SGD iterations done.</param>
/// <param name="Converged">True when training stopped on the label-change tolerance, false when it hit the iteration limit.</param>
/// <param name="History">One entry per target refresh, the first at iteration 0.</param>
/// <param name="Elapsed">Wall time of the fit (a cached summary keeps the time of the run that trained the model).</param>
/// <param name="InitialLabels">The labels of the k-means start (the "autoencoder + k-means" result); null in summaries cached before they were kept.</param>
public sealed record DecSummary(int Iterations, bool Converged, IReadOnlyList<DecProgress> History, TimeSpan Elapsed, IReadOnlyList<int>? InitialLabels = null);
