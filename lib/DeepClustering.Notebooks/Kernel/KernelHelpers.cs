using DeepClustering.Notebooks.Execution;
using Microsoft.AspNetCore.Html;

namespace DeepClustering.Notebooks.Kernel;

/// <summary>The helpers the Polyglot C# kernel imports into every notebook with <c>using static Microsoft.DotNet.Interactive.Kernel</c>.</summary>
/// <remarks>Same names and meaning as Kernel.Static.cs in dotnet/interactive (display, HTML, Javascript, CSS); the runner
/// imports this class statically, so notebook code calls them unqualified exactly as in VS Code.</remarks>
public static class KernelHelpers
{
    /// <summary>Displays <paramref name="value"/> (formatted for <paramref name="mimeTypes"/>, or the preferred ones) and returns a handle to update it.</summary>
    public static DisplayedValue display(object? value, params string[] mimeTypes) => value.Display(mimeTypes);

    /// <summary>Wraps a string as HTML content, which displays as text/html.</summary>
    public static IHtmlContent HTML(string content) => new HtmlString(content);

    /// <summary>Displays a script element that runs <paramref name="scriptContent"/> when the notebook is rendered.</summary>
    public static void Javascript(string scriptContent) =>
        $"<script type=\"text/javascript\">{scriptContent}</script>".DisplayAs("text/html");

    /// <summary>Displays a style element with <paramref name="content"/>.</summary>
    public static void CSS(string content) => $"<style>{content}</style>".DisplayAs("text/html");

    /// <summary>Asks the user for input, which a headless run cannot do: always throws, naming the prompt.</summary>
    public static Task<string> GetInputAsync(string prompt = "", string inputName = "") =>
        throw new NotSupportedException($"The headless runner cannot ask for input ('{prompt}'); use a parameters cell and --param instead.");

    /// <summary>Asks the user for a password, which a headless run cannot do: always throws, naming the prompt.</summary>
    public static Task<string> GetPasswordAsync(string prompt = "", string inputName = "") => GetInputAsync(prompt, inputName);

    /// <summary>A token cancelled when the running cell passes the runner's --timeout; long loops may poll it to stop cleanly.</summary>
    public static CancellationToken CellCancellationToken => CellContext.CancellationToken;
}
