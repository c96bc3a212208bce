using DeepClustering.Display.Plotly;

namespace DeepClustering.Display;

/// <summary>Limits and chart-library settings the notebook formatters use.</summary>
public sealed record NotebookDisplayOptions
{
    /// <summary>Most DataFrame rows shown; the rest are summarised as "… N more rows".</summary>
    public int MaxTableRows { get; init; } = 50;

    /// <summary>Most tensor values printed; bigger tensors show their leading rows only.</summary>
    public int MaxTensorElements { get; init; } = 200;

    /// <summary>Where charts get plotly.js from; inline (offline) unless a CDN is chosen explicitly.</summary>
    public PlotlyScriptSource PlotlySource { get; init; } = PlotlyScriptSource.Inline;

    /// <summary>How long a chart waits for plotly.js from an earlier output before it gives up (or, if chosen, uses the CDN).</summary>
    public int LibraryWaitMilliseconds { get; init; } = 10_000;

    /// <summary>Throws when a limit is not positive.</summary>
    internal NotebookDisplayOptions Validated()
    {
        if (MaxTableRows < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxTableRows), MaxTableRows, "MaxTableRows must be at least 1.");
        if (MaxTensorElements < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxTensorElements), MaxTensorElements, "MaxTensorElements must be at least 1.");
        if (LibraryWaitMilliseconds < 0)
            throw new ArgumentOutOfRangeException(nameof(LibraryWaitMilliseconds), LibraryWaitMilliseconds, "LibraryWaitMilliseconds cannot be negative.");
        if (!Enum.IsDefined(PlotlySource))
            throw new ArgumentOutOfRangeException(nameof(PlotlySource), PlotlySource, "Unknown plotly.js source.");
        return this;
    }
}
