using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using DeepClustering.Data;
using DeepClustering.Models;
using DeepClustering.Platform;

namespace DeepClustering.Reproductions;

/// <summary>
/// Where a results file came from: the commit, the date, the machine, the convolution route and the libraries.
/// </summary>
/// <param name="Commit">The repository's HEAD commit when the run started ("unknown" outside a git checkout).</param>
/// <param name="Dirty">Whether tracked files differed from that commit
/// (then the numbers are not the commit's alone).</param>
/// <param name="Date">When the results were written, UTC, ISO 8601.</param>
/// <param name="Processor">The processor: model name, vendor, family and model, the widest vector extension,
/// logical cores.</param>
/// <param name="Convolutions">The convolution route: oneDNN's ISA cap and what the per-shape checks found.</param>
/// <param name="Libraries">TorchSharp, .NET and the operating system.</param>
public sealed record RunProvenance(
    string Commit, bool Dirty, string Date, string Processor, string Convolutions,
    IReadOnlyDictionary<string, string> Libraries)
{
    /// <summary>
    /// The provenance of a run in this process, from the repository at or above <paramref name="directory"/> (default:
    /// the working directory).
    /// </summary>
    public static RunProvenance Capture(string? directory = null)
    {
        var root = DataLocator.FindRepositoryRoot(directory ?? Directory.GetCurrentDirectory());
        var commit = root is null ? null : Git(root, "rev-parse HEAD");
        var dirty = root is not null && Git(root, "status --porcelain --untracked-files=no") is { Length: > 0 };
        return new RunProvenance(
            commit ?? "unknown", dirty, DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            MachineProcessor.Describe(),
            $"oneDNN ISA {TorchRuntime.OneDnnIsa ?? "default"}; {Convolution2d.Routes}",
            new Dictionary<string, string>
            {
                ["torchsharp"] = typeof(TorchSharp.torch).Assembly.GetName().Version?.ToString() ?? "unknown",
                ["dotnet"] = RuntimeInformation.FrameworkDescription,
                ["os"] = RuntimeInformation.OSDescription,
            });
    }

    /// <summary>One line of git's output, or null when git is missing or fails.</summary>
    private static string? Git(string root, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("git", $"-C \"{root}\" {arguments}")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            });
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd().Trim();
            return process.WaitForExit(10_000) && process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;  // no git on this machine
        }
    }
}
