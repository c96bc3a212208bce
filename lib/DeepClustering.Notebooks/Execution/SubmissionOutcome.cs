using Microsoft.CodeAnalysis;

namespace DeepClustering.Notebooks.Execution;

/// <summary>What one submission to the script host produced.</summary>
public sealed record SubmissionOutcome
{
    /// <summary>True when the code ended with an expression whose value should be displayed.</summary>
    public bool HasReturnValue { get; init; }

    /// <summary>The trailing expression's value.</summary>
    public object? ReturnValue { get; init; }

    /// <summary>The exception the code threw, if any.</summary>
    public Exception? Exception { get; init; }

    /// <summary>Compile errors (the code did not run), empty on success.</summary>
    public IReadOnlyList<Diagnostic> CompileErrors { get; init; } = [];
}
