using System.Collections.Immutable;
using System.Reflection;
using DeepClustering.Notebooks.Kernel;
using Microsoft.AspNetCore.Html;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.Formatting;

namespace DeepClustering.Notebooks.Execution;

/// <summary>One Roslyn script state that a notebook's cells continue, set up like the Polyglot C# kernel (CSharpKernel.cs).</summary>
/// <remarks>Same default imports as the kernel (System, System.Text, System.Collections, System.Collections.Generic,
/// System.Threading.Tasks, System.Linq), plus what its UseDefaultFormatting and UseKernelHelpers add (the Formatting
/// namespace, PocketViewTags and the kernel helpers imported statically), the Formatting assembly referenced, C# 13,
/// and <c>#r</c>/<c>#load</c> resolved against the notebook's folder.</remarks>
public sealed class ScriptHost
{
    /// <summary>The namespaces every cell sees, as in the kernel.</summary>
    public static readonly IReadOnlyList<string> DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private static readonly MethodInfo? HasReturnValueMethod =
        typeof(Script).GetMethod("HasReturnValue", BindingFlags.Instance | BindingFlags.NonPublic);

    private ScriptOptions _options;
    private ScriptState<object>? _state;

    /// <summary>Creates a host whose relative <c>#r</c> and <c>#load</c> paths resolve against <paramref name="baseDirectory"/>.</summary>
    public ScriptHost(string baseDirectory)
    {
        _options = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.CSharp13)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithReferences(FrameworkReferences.Create())
            .AddReferences(typeof(Formatter).Assembly, typeof(IHtmlContent).Assembly, typeof(KernelHelpers).Assembly)
            .WithImports(DefaultImports.Concat(
            [
                typeof(Formatter).Namespace!, typeof(PocketViewTags).FullName!,
                typeof(KernelHelpers).Namespace!, typeof(KernelHelpers).FullName!,
            ]))
            .WithMetadataResolver(new RecordingMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory).WithSearchPaths(baseDirectory)))
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, baseDirectory));
    }

    /// <summary>Adds assembly references (from restored packages) for the following submissions.</summary>
    public void AddReferences(IEnumerable<string> assemblyPaths) =>
        _options = _options.AddReferences(assemblyPaths.Select(p => MetadataReference.CreateFromFile(p)));

    /// <summary>Compiles and runs one submission in the current state; an exception the code throws is returned, not thrown.</summary>
    public async Task<SubmissionOutcome> RunAsync(string code, CancellationToken cancellationToken)
    {
        ScriptState<object> next;
        try
        {
            next = _state is null
                ? await CSharpScript.Create(code, _options).RunAsync(catchException: _ => true, cancellationToken: cancellationToken)
                : await _state.ContinueWithAsync(code, _options, catchException: _ => true, cancellationToken: cancellationToken);
        }
        catch (CompilationErrorException e)
        {
            return new SubmissionOutcome { CompileErrors = e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList() };
        }
        // Like the kernel, keep the new state even when the code threw: what ran before the exception stays defined.
        _state = next;
        if (next.Exception is { } exception)
            return new SubmissionOutcome { Exception = exception };
        var hasValue = HasReturnValueMethod?.Invoke(next.Script, null) as bool? ?? next.ReturnValue is not null;
        return new SubmissionOutcome { HasReturnValue = hasValue, ReturnValue = next.ReturnValue };
    }
}
