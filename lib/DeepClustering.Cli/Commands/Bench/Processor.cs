using DeepClustering.Torch;

namespace DeepClustering.Cli.Commands.Bench;

/// <summary>The processor a benchmark ran on, for its JSON: the model name from <c>/proc/cpuinfo</c>, else the CPUID vendor.</summary>
internal static class Processor
{
    /// <summary>For example "AMD EPYC (AuthenticAMD, 2 logical processors)".</summary>
    public static string Name()
    {
        string? model = null;
        try
        {
            model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return $"{model ?? "unknown model"} ({TorchRuntime.ProcessorVendor ?? "unknown vendor"}, {Environment.ProcessorCount} logical processors)";
    }
}
