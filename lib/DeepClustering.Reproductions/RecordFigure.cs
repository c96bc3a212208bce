namespace DeepClustering.Reproductions;

/// <summary>
/// One static figure of the reproduction record (rendered to SVG by <c>results --update</c>, for readers of the
/// repository page, where the notebooks' interactive charts do not run): points per category for each series, with an
/// optional reference line (the reported number) and band (our interval).
/// </summary>
/// <param name="File">The SVG's file name in <c>notebooks/figures/</c>.</param>
/// <param name="Title">The figure's title.</param>
/// <param name="YTitle">What the values are.</param>
/// <param name="Categories">The x positions' labels (seeds, folds, methods).</param>
/// <param name="Series">Named values, one per category (null where a series has none).</param>
/// <param name="Reference">A horizontal line (the reported number), or null.</param>
/// <param name="ReferenceName">Its legend text.</param>
/// <param name="Band">A horizontal band [low, high] (our interval), or null.</param>
/// <param name="BandName">Its legend text.</param>
public sealed record RecordFigure(
    string File, string Title, string YTitle, IReadOnlyList<string> Categories,
    IReadOnlyList<(string Name, double?[] Values)> Series,
    double? Reference = null, string? ReferenceName = null, double[]? Band = null, string? BandName = null);
