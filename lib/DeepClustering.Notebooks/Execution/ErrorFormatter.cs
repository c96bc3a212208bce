using DeepClustering.Notebooks.Document;

namespace DeepClustering.Notebooks.Execution;

/// <summary>Turns runner-level errors (timeout, cancellation, a kernel that ended) into nbformat error outputs.</summary>
public static class ErrorFormatter
{
    /// <summary>The error name used for compile errors.</summary>
    public const string CompilationErrorName = "CompilationError";

    /// <summary>A runner-level error with a message; its lines are the traceback.</summary>
    public static ErrorOutput FromMessage(string name, string message) =>
        new(name, message, message.Split('\n').Select(l => l.TrimEnd('\r')).ToList());
}
