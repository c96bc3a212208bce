using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Execution;
using Microsoft.DotNet.Interactive;

namespace DeepClustering.Notebooks.Kernel;

/// <summary>
/// A submission's compiler warnings, as the kernel reports them in <c>DiagnosticsProduced</c>. Jupyter's .NET kernel
/// prints them as stderr outputs (dotnet-repl and VS Code do not), so a warning is a blemish in one host's outputs:
/// this runner shows it the way Jupyter does and fails the cell.
/// </summary>
public static class CompilerWarnings
{
    /// <summary>The error name of a cell that compiled with warnings.</summary>
    public const string ErrorName = "CompilerWarning";

    /// <summary>The warnings among <paramref name="diagnostics"/> (errors fail the cell through <c>CommandFailed</c>).</summary>
    public static IReadOnlyList<Diagnostic> Of(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).ToList();

    /// <summary>The warnings as Jupyter's .NET kernel writes them to stderr: one per paragraph.</summary>
    public static string Text(IEnumerable<Diagnostic> warnings) =>
        Environment.NewLine + string.Join(Environment.NewLine + Environment.NewLine, warnings.Select(Line)) + Environment.NewLine;

    /// <summary>The error that fails a cell which compiled with <paramref name="warnings"/>, naming their codes.</summary>
    public static ErrorOutput Error(IReadOnlyCollection<Diagnostic> warnings) =>
        ErrorFormatter.FromMessage(ErrorName,
            $"the cell compiled with {warnings.Count} warning{(warnings.Count == 1 ? "" : "s")} "
            + $"({string.Join(", ", warnings.Select(w => w.Code).Distinct())}), which Jupyter's .NET kernel shows as outputs: "
            + string.Join("; ", warnings.Select(Line)));

    // As Roslyn formats a diagnostic of a submission: "(line,column): warning CODE: message", one-based.
    private static string Line(Diagnostic warning) =>
        $"({warning.LinePositionSpan.Start.Line + 1},{warning.LinePositionSpan.Start.Character + 1}): warning {warning.Code}: {warning.Message}";
}
