using System.Text.RegularExpressions;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Execution;

namespace DeepClustering.Notebooks.Kernel;

/// <summary>Turns the message of the kernel's <c>CommandFailed</c> event into an nbformat error output with a name.</summary>
public static partial class KernelErrors
{
    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_][\w.+`]*(Exception|Error))(:|\s*$)")]
    private static partial Regex ExceptionName();

    [GeneratedRegex(@"^\(\d+,\d+\): error [A-Z]+\d+:", RegexOptions.Multiline)]
    private static partial Regex CompileError();

    /// <summary>
    /// The error: compile diagnostics become <see cref="ErrorFormatter.CompilationErrorName"/>; an exception keeps its
    /// type name (the kernel's message starts with it); anything else is a <c>CommandFailed</c>.
    /// </summary>
    public static ErrorOutput FromMessage(string? message)
    {
        message ??= "";
        var lines = message.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (CompileError().IsMatch(message))
            return new ErrorOutput(ErrorFormatter.CompilationErrorName, message.Trim(), lines);
        var match = ExceptionName().Match(message);
        if (match.Success)
        {
            var name = match.Groups["name"].Value;
            var value = message[match.Length..].Split('\n')[0].Trim();
            return new ErrorOutput(name, value.Length > 0 ? value : message.Trim(), lines);
        }
        return new ErrorOutput("CommandFailed", message.Trim(), lines);
    }
}
