using System.Diagnostics;
using System.Security.Cryptography;
using System.Security;
using System.Text;

namespace DeepClustering.Notebooks.NuGet;

/// <summary>A throw-away project holding every requested package, restored with <c>dotnet restore</c> into the usual NuGet cache.</summary>
/// <remarks>Hand-written because the kernel's package manager (FSharp.DependencyManager.Nuget via Microsoft.DotNet.Interactive)
/// is not obtainable; this does the same thing it does: generate a project, restore it, read the assets file.
/// The project folder is keyed by its content, so re-running a notebook reuses the previous restore.</remarks>
public sealed class RestoreProject
{
    /// <summary>The target framework packages are restored for.</summary>
    public const string TargetFramework = "net10.0";

    private readonly string _projectText;

    /// <summary>Creates the project for <paramref name="packages"/> with extra <paramref name="sources"/>; <paramref name="configFile"/> is an optional NuGet.config.</summary>
    public RestoreProject(IEnumerable<PackageSpec> packages, IEnumerable<string> sources, string? configFile)
    {
        ConfigFile = configFile;
        _projectText = BuildProjectText(packages, sources);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(_projectText + "|" + configFile)))[..16].ToLowerInvariant();
        Directory = Path.Combine(Path.GetTempPath(), "deep-clustering-nuget", hash);
    }

    /// <summary>The folder that holds the generated project.</summary>
    public string Directory { get; }

    /// <summary>The NuGet.config passed to the restore, if any.</summary>
    public string? ConfigFile { get; }

    /// <summary>Where the restore writes its assets file.</summary>
    public string AssetsFile => Path.Combine(Directory, "obj", "project.assets.json");

    /// <summary>Restores the project unless an earlier identical restore succeeded; returns the resolved packages.</summary>
    public async Task<IReadOnlyList<ResolvedPackage>> RestoreAsync(CancellationToken cancellationToken)
    {
        var marker = Path.Combine(Directory, "restore.succeeded");
        if (File.Exists(marker) && File.Exists(AssetsFile))
        {
            var cached = AssetsFileReader.Read(AssetsFile, TargetFramework);
            if (cached.All(p => p.Assemblies.All(File.Exists)))
                return cached;
        }
        System.IO.Directory.CreateDirectory(Directory);
        // Empty Directory.Build.* files stop MSBuild from importing whatever lies above the temp folder.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            File.WriteAllText(Path.Combine(Directory, name), "<Project />\n");
        var project = Path.Combine(Directory, "notebook-packages.csproj");
        File.WriteAllText(project, _projectText);
        File.Delete(marker);

        var arguments = new List<string> { "restore", project, "--nologo", "-v", "q", "-p:NuGetAudit=false" };
        if (ConfigFile is not null)
            arguments.AddRange(["--configfile", ConfigFile]);
        var (exitCode, output) = await RunDotnetAsync(arguments, cancellationToken);
        if (exitCode != 0 || !File.Exists(AssetsFile))
        {
            var errors = output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
            throw new NuGetRestoreException(
                $"dotnet restore failed (exit {exitCode}):{Environment.NewLine}{string.Join(Environment.NewLine, errors.Count > 0 ? errors : [output.Trim()])}");
        }
        var packages = AssetsFileReader.Read(AssetsFile, TargetFramework);
        File.WriteAllText(marker, DateTimeOffset.UtcNow.ToString("o"));
        return packages;
    }

    private static string BuildProjectText(IEnumerable<PackageSpec> packages, IEnumerable<string> sources)
    {
        var text = new StringBuilder();
        text.AppendLine("<Project Sdk=\"Microsoft.NET.Sdk\">");
        text.AppendLine("  <PropertyGroup>");
        text.AppendLine($"    <TargetFramework>{TargetFramework}</TargetFramework>");
        text.AppendLine("    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>");
        var sourceList = sources.Distinct().ToList();
        if (sourceList.Count > 0)
            text.AppendLine($"    <RestoreAdditionalProjectSources>{SecurityElement.Escape(string.Join(";", sourceList))}</RestoreAdditionalProjectSources>");
        text.AppendLine("  </PropertyGroup>");
        text.AppendLine("  <ItemGroup>");
        foreach (var package in packages.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
            text.AppendLine($"    <PackageReference Include=\"{SecurityElement.Escape(package.Name)}\" Version=\"{SecurityElement.Escape(package.Version ?? "*")}\" />");
        text.AppendLine("  </ItemGroup>");
        text.AppendLine("</Project>");
        return text.ToString();
    }

    private static async Task<(int ExitCode, string Output)> RunDotnetAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start) ?? throw new NuGetRestoreException("cannot start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The dotnet host: DOTNET_HOST_PATH, this process when it is dotnet, DOTNET_ROOT, then the PATH.</summary>
    public static string DotnetExecutable()
    {
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
            return hostPath;
        if (Environment.ProcessPath is { } processPath && Path.GetFileName(processPath) == exe)
            return processPath;
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, exe)))
            return Path.Combine(root, exe);
        return exe;
    }
}
