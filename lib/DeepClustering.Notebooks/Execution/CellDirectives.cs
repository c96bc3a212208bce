using System.Text;
using System.Text.RegularExpressions;
using DeepClustering.Notebooks.NuGet;

namespace DeepClustering.Notebooks.Execution;

/// <summary>A cell's source split into C# code and the kernel directives the runner handles itself.</summary>
/// <remarks>Directive lines are blanked rather than removed, so compiler positions stay those of the cell.
/// Handled like the Polyglot kernel: <c>#!csharp</c>/<c>#!c#</c>/<c>#!C#</c> (C# kernel and its aliases), <c>#!time</c>,
/// <c>#r "nuget: Name, Version"</c> and <c>#i "nuget: source"</c> (KernelSupportsNugetExtensions.cs). <c>#r "file.dll"</c>
/// and <c>#load</c> stay in the code for Roslyn, which resolves them against the notebook's folder.</remarks>
public sealed partial class CellDirectives
{
    private static readonly HashSet<string> CSharpNames = new(StringComparer.Ordinal) { "csharp", "c#", "C#" };

    private static readonly HashSet<string> OtherKernels = new(StringComparer.OrdinalIgnoreCase)
    {
        "fsharp", "f#", "pwsh", "powershell", "javascript", "js", "html", "markdown", "md", "mermaid",
        "sql", "kql", "http", "value", "python", "r", "vscode", "webview",
    };

    [GeneratedRegex("""^\s*#r\s+"nuget:\s*(?<spec>[^"]*)"\s*$""")]
    private static partial Regex NuGetReference();

    [GeneratedRegex("""^\s*#i\s+"(?<source>[^"]*)"\s*$""")]
    private static partial Regex RestoreSource();

    [GeneratedRegex(@"^\s*#!(?<name>\S+)")]
    private static partial Regex Magic();

    private CellDirectives(string code, IReadOnlyList<PackageSpec> packages, IReadOnlyList<string> sources, bool time, string? error)
    {
        Code = code;
        Packages = packages;
        RestoreSources = sources;
        Time = time;
        Error = error;
    }

    /// <summary>The C# code with directive lines blanked.</summary>
    public string Code { get; }

    /// <summary>The <c>#r "nuget: ..."</c> references, in order.</summary>
    public IReadOnlyList<PackageSpec> Packages { get; }

    /// <summary>The <c>#i</c> restore sources, in order.</summary>
    public IReadOnlyList<string> RestoreSources { get; }

    /// <summary>True when the cell asked for <c>#!time</c>.</summary>
    public bool Time { get; }

    /// <summary>Why the cell cannot run (another kernel, an unknown magic, a bad directive), or null.</summary>
    public string? Error { get; }

    /// <summary>True when <paramref name="kernelName"/> names the C# kernel or one of its aliases.</summary>
    public static bool IsCSharpKernel(string kernelName) => CSharpNames.Contains(kernelName);

    /// <summary>Parses a cell's source; <paramref name="kernelName"/> is the kernel the cell's metadata names (null: C#).</summary>
    public static CellDirectives Parse(string source, string? kernelName)
    {
        string? error = kernelName is null || IsCSharpKernel(kernelName) ? null : KernelError(kernelName);
        var packages = new List<PackageSpec>();
        var sources = new List<string>();
        var time = false;
        var code = new StringBuilder(source.Length);
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var blank = true;
            if (Magic().Match(line) is { Success: true } magic)
            {
                var name = magic.Groups["name"].Value;
                if (IsCSharpKernel(name))
                    error = null; // An explicit #!csharp overrides the cell's metadata kernel.
                else if (name == "time")
                    time = true;
                else
                    error ??= OtherKernels.Contains(name)
                        ? KernelError(name)
                        : $"The magic command '#!{name}' is not supported by the headless runner (line {i + 1}).";
            }
            else if (NuGetReference().Match(line) is { Success: true } reference)
            {
                if (PackageSpec.TryParse(reference.Groups["spec"].Value, out var spec))
                    packages.Add(spec);
                else
                    error ??= $"Unable to parse package reference: \"nuget:{reference.Groups["spec"].Value}\"";
            }
            else if (RestoreSource().Match(line) is { Success: true } restoreSource)
                sources.Add(restoreSource.Groups["source"].Value.Replace("nuget:", "").Trim());
            else
                blank = false;
            code.Append(blank ? "" : line);
            if (i < lines.Length - 1)
                code.Append('\n');
        }
        return new CellDirectives(code.ToString(), packages, sources, time, error);
    }

    private static string KernelError(string name) =>
        $"This cell targets the '{name}' kernel; the headless runner only runs C# cells (#!csharp).";
}
