// The DeepClustering library: the science only (data sets, TorchSharp models, k-means, DEC and clustering metrics).
// Namespaces follow the folders: DeepClustering.Data, DeepClustering.Clustering, DeepClustering.Deep, ...
// TorchSharp's platform repair lives in DeepClustering.Platform, the reproductions' bookkeeping in
// DeepClustering.Reproductions; neither is referenced from here.
