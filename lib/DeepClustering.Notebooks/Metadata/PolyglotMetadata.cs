using System.Text.Json.Nodes;
using DeepClustering.Notebooks.Document;

namespace DeepClustering.Notebooks.Metadata;

/// <summary>The notebook and cell metadata that VS Code Polyglot Notebooks writes for C# notebooks.</summary>
/// <remarks>Values follow dotnet/interactive's Jupyter writer (Documents/Jupyter/InteractiveDocumentExtensions.cs and
/// InteractiveDocumentElementConverter.cs): kernelspec .net-csharp, language_info C#, polyglot_notebook.kernelInfo,
/// and per code cell polyglot_notebook.kernelName plus the older dotnet_interactive.language.</remarks>
public static class PolyglotMetadata
{
    /// <summary>The C# kernel's name in Polyglot Notebooks.</summary>
    public const string CSharpKernelName = "csharp";

    /// <summary>The C# language version the Polyglot C# kernel declares.</summary>
    public const string CSharpLanguageVersion = "13.0";

    /// <summary>Adds (or completes) kernelspec, language_info and polyglot_notebook.kernelInfo, keeping other metadata.</summary>
    public static void ApplyToNotebook(JsonObject metadata)
    {
        var kernelspec = NotebookCell.GetOrAddObject(metadata, "kernelspec");
        kernelspec["display_name"] = ".NET (C#)";
        kernelspec["language"] = "C#";
        kernelspec["name"] = ".net-csharp";

        var languageInfo = NotebookCell.GetOrAddObject(metadata, "language_info");
        languageInfo["file_extension"] = ".cs";
        languageInfo["mimetype"] = "text/x-csharp";
        languageInfo["name"] = "C#";
        languageInfo["pygments_lexer"] = "csharp";
        languageInfo["version"] = CSharpLanguageVersion;

        var polyglot = NotebookCell.GetOrAddObject(metadata, "polyglot_notebook");
        var kernelInfo = NotebookCell.GetOrAddObject(polyglot, "kernelInfo");
        kernelInfo["defaultKernelName"] ??= CSharpKernelName;
        if (kernelInfo["items"] is not JsonArray items)
        {
            items = new JsonArray();
            kernelInfo["items"] = items;
        }
        if (!items.Any(i => i?["name"]?.GetValue<string>() == CSharpKernelName))
            items.Add(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = CSharpKernelName });
    }

    /// <summary>Records a code cell's kernel the way Polyglot Notebooks does: the one it names, else <paramref name="defaultKernel"/>, else C#.</summary>
    public static void ApplyToCell(NotebookCell cell, string? defaultKernel = null)
    {
        if (!cell.IsCode)
            return;
        var kernel = cell.KernelName ?? defaultKernel ?? CSharpKernelName;
        var metadata = cell.Metadata;
        NotebookCell.GetOrAddObject(metadata, "dotnet_interactive")["language"] = kernel;
        NotebookCell.GetOrAddObject(metadata, "polyglot_notebook")["kernelName"] = kernel;
    }

    /// <summary>The notebook's default kernel name (polyglot_notebook.kernelInfo.defaultKernelName), if recorded.</summary>
    public static string? DefaultKernelName(JsonObject metadata) =>
        metadata["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]?.GetValue<string>();
}
