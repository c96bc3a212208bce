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

    /// <summary>This record, once every setting is checked (one error names each one out of range).</summary>
    internal NotebookDisplayOptions Validated()
    {
        new OptionChecks()
            .Require(MaxTableRows >= 1, nameof(MaxTableRows), MaxTableRows, "at least 1")
            .Require(MaxTensorElements >= 1, nameof(MaxTensorElements), MaxTensorElements, "at least 1")
            .Require(LibraryWaitMilliseconds >= 0, nameof(LibraryWaitMilliseconds), LibraryWaitMilliseconds, "at least 0")
            .Require(Enum.IsDefined(PlotlySource), nameof(PlotlySource), PlotlySource, "a PlotlyScriptSource")
            .ThrowIfAny();
        return this;
    }
}
