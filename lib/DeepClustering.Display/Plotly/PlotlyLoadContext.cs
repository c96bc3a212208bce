using System.Reflection;
using System.Runtime.Loader;

namespace DeepClustering.Display.Plotly;

/// <summary>
/// An isolated load context for Plotly.NET, its FSharp.Core, DynamicObj and Giraffe.ViewEngine: every assembly found in
/// its folder loads from there, even when the host already holds another version (the .NET Interactive kernel ships
/// FSharp.Core 10.0, Plotly.NET 6 needs 10.1); everything else (the BCL) comes from the default context.
/// </summary>
internal sealed class PlotlyLoadContext(string folder) : AssemblyLoadContext("DeepClustering.PlotlyFigures", isCollectible: false)
{
    /// <summary>The folder the context serves assemblies from.</summary>
    public string Folder { get; } = folder;

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        string path = Path.Combine(Folder, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
