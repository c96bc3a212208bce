using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace DeepClustering.Notebooks.Kernel;

/// <summary>
/// Finds the <c>dotnet-interactive</c> tool the repository pins in its local tool manifest (<c>.config/dotnet-tools.json</c>),
/// restoring the tools first when the pinned version is not in the NuGet cache yet.
/// </summary>
public static class KernelTool
{
    /// <summary>The tool's package id in the manifest.</summary>
    public const string PackageId = "microsoft.dotnet-interactive";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<string, string> Resolved = new(StringComparer.Ordinal);

    /// <summary>The kernel's entry assembly (run with <c>dotnet exec</c>) for a notebook in <paramref name="directory"/>, restoring the tools when needed.</summary>
    /// <exception cref="FileNotFoundException">No manifest above <paramref name="directory"/> pins the tool, or restoring it failed.</exception>
    public static async Task<string> EntryAssemblyAsync(string directory, CancellationToken cancellationToken)
    {
        // The notebook's repository first, then the current directory's, then the one this runner was built in.
        var manifest = FindManifest(directory) ?? FindManifest(Environment.CurrentDirectory) ?? FindManifest(AppContext.BaseDirectory)
            ?? throw new FileNotFoundException(
                $"No .config/dotnet-tools.json pinning {PackageId} in {directory}, {Environment.CurrentDirectory} or {AppContext.BaseDirectory} or above; the runner starts the kernel that manifest pins.");
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (Resolved.TryGetValue(manifest, out var known))
                return known;
            var version = PinnedVersion(manifest);
            var entry = EntryAssemblyIn(PackageFolder(version));
            if (entry is null)
            {
                await RestoreAsync(Path.GetDirectoryName(Path.GetDirectoryName(manifest))!, cancellationToken);
                entry = EntryAssemblyIn(PackageFolder(version))
                    ?? throw new FileNotFoundException($"dotnet tool restore did not bring {PackageId} {version} into {PackageFolder(version)}.");
            }
            Resolved[manifest] = entry;
            return entry;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The nearest <c>.config/dotnet-tools.json</c> at or above <paramref name="directory"/> that pins the tool, or null.</summary>
    public static string? FindManifest(string directory)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(directory)); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, ".config", "dotnet-tools.json");
            if (File.Exists(path) && JsonNode.Parse(File.ReadAllText(path))?["tools"]?[PackageId] is not null)
                return path;
        }
        return null;
    }

    private static string PinnedVersion(string manifest) =>
        JsonNode.Parse(File.ReadAllText(manifest))?["tools"]?[PackageId]?["version"]?.GetValue<string>()
        ?? throw new FileNotFoundException($"{manifest}: tools.{PackageId}.version is missing.");

    private static string PackageFolder(string version)
    {
        var root = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Path.Combine(root, PackageId, version);
    }

    // The package's tools/<tfm>/any/DotnetToolSettings.xml names the entry point.
    private static string? EntryAssemblyIn(string packageFolder)
    {
        var tools = Path.Combine(packageFolder, "tools");
        if (!Directory.Exists(tools))
            return null;
        foreach (var settings in Directory.EnumerateFiles(tools, "DotnetToolSettings.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Reverse())
        {
            var entry = XDocument.Load(settings).Descendants("Command").FirstOrDefault()?.Attribute("EntryPoint")?.Value;
            var path = entry is null ? null : Path.Combine(Path.GetDirectoryName(settings)!, entry);
            if (path is not null && File.Exists(path))
                return path;
        }
        return null;
    }

    private static async Task RestoreAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet", "tool restore")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new FileNotFoundException($"dotnet tool restore in {repositoryRoot} failed ({process.ExitCode}): {await error}{await output}");
    }
}
