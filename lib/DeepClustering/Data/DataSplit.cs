namespace DeepClustering.Data;

/// <summary>Which part of a data set to load.</summary>
public enum DataSplit
{
    /// <summary>The official training part.</summary>
    Train,

    /// <summary>The official test part.</summary>
    Test,

    /// <summary>Training then test, concatenated in that order into one tensor.</summary>
    All,
}
