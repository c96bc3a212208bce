namespace DeepClustering.Notebooks;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook (the <c>run</c> command's options, callable from C#).</summary>
public sealed record NotebookRunOptions
{
    /// <summary>The default folder executed notebooks are written to, relative to the current directory.</summary>
    public const string DefaultOutputDirectory = "artifacts/notebooks";

    /// <summary>Where executed notebooks go (same file name as the source); null writes nothing.</summary>
    public string? OutputDirectory { get; init; } = DefaultOutputDirectory;

    /// <summary><c>--param name=value</c> overrides, in the order given (a later value for the same name wins).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary>The longest a single cell may run; null for no limit.</summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>Keep running the following cells after a cell fails (a timeout or a kernel that ended still stops the run).</summary>
    public bool AllowErrors { get; init; }

    /// <summary>Echo each cell's console output and displays live to the terminal, prefixed with the cell number.</summary>
    public bool Echo { get; init; }

    /// <summary>Start the notebook's kernel in the notebook's folder (as VS Code does) rather than in the current directory.</summary>
    public bool UseNotebookDirectoryAsWorkingDirectory { get; init; } = true;
}
