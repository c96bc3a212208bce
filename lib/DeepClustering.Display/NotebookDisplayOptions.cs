namespace DeepClustering.Display;

/// <summary>Limits and sizes the notebook formatters use.</summary>
public sealed record NotebookDisplayOptions
{
    /// <summary>Most DataFrame rows shown; the rest are summarised as "… N more rows".</summary>
    public int MaxTableRows { get; init; } = 50;

    /// <summary>Most tensor elements printed; bigger tensors show their leading rows only.</summary>
    public int MaxTensorElements { get; init; } = 200;

    /// <summary>Throws when a limit is not positive.</summary>
    internal NotebookDisplayOptions Validated()
    {
        if (MaxTableRows < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxTableRows), MaxTableRows, "MaxTableRows must be at least 1.");
        if (MaxTensorElements < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxTensorElements), MaxTensorElements, "MaxTensorElements must be at least 1.");
        return this;
    }
}
