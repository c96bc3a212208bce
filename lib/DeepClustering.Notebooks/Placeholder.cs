namespace DeepClustering.Notebooks;
