using DeepClustering.Notebooks.Document;
using Microsoft.CodeAnalysis;

namespace DeepClustering.Notebooks.Execution;

/// <summary>Turns compile errors, exceptions and runner errors into nbformat error outputs.</summary>
public static class ErrorFormatter
{
    /// <summary>The error name used for compile errors.</summary>
    public const string CompilationErrorName = "CompilationError";

    /// <summary>Compile errors: the message is the diagnostics joined by newlines (as the kernel reports them), one trace line each.</summary>
    public static ErrorOutput FromCompileErrors(IReadOnlyList<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => d.ToString()).ToList();
        return new ErrorOutput(CompilationErrorName, string.Join(Environment.NewLine, lines), lines);
    }

    /// <summary>An exception: its type, message, and its stack trace without the scripting engine's own frames.</summary>
    public static ErrorOutput FromException(Exception exception)
    {
        var trace = exception.ToString()
            .Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => !l.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal))
            .ToList();
        // Drop separators left dangling at the end once the engine's frames are gone.
        while (trace.Count > 0 && trace[^1].StartsWith("--- End of", StringComparison.Ordinal))
            trace.RemoveAt(trace.Count - 1);
        return new ErrorOutput(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, trace);
    }

    /// <summary>A runner-level error (unsupported kernel, NuGet failure, timeout) with a one-line message.</summary>
    public static ErrorOutput FromMessage(string name, string message) =>
        new(name, message, message.Split('\n').Select(l => l.TrimEnd('\r')).ToList());
}
