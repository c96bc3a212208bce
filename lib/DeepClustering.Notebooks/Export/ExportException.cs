namespace DeepClustering.Notebooks.Export;

/// <summary>A notebook that cannot become a file-based app as it is; the message names the notebook, the cell and the line.</summary>
public sealed class ExportException(string message) : Exception(message);
