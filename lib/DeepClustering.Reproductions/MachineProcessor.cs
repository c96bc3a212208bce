using DeepClustering.Platform;

namespace DeepClustering.Reproductions;

/// <summary>
/// The processor numbers were measured on: trained numbers differ between processors (kernels chosen by ISA).
/// </summary>
public static class MachineProcessor
{
    /// <summary>
    /// For example "AMD EPYC (AuthenticAMD family 25 model 1, AVX2, 2 logical processors)", from <c>/proc/cpuinfo</c>
    /// where it exists.
    /// </summary>
    public static string Describe()
    {
        var fields = CpuInfo();
        string? Field(string name) => fields.TryGetValue(name, out var v) ? v : null;
        var flags = (Field("flags") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var vector = flags.Contains("avx512f") ? "AVX-512"
            : flags.Contains("avx2") ? "AVX2"
            : flags.Contains("avx") ? "AVX"
            : flags.Count > 0 ? "SSE"
            : null;
        var details = string.Join(", ", new[]
        {
            $"{TorchRuntime.ProcessorVendor ?? Field("vendor_id") ?? "unknown vendor"}"
                + (Field("cpu family") is { } family ? $" family {family} model {Field("model")}" : ""),
            vector,
            $"{Environment.ProcessorCount} logical processors",
        }.Where(s => s is not null));
        return $"{Field("model name") ?? "unknown model"} ({details})";
    }

    private static Dictionary<string, string> CpuInfo()
    {
        var fields = new Dictionary<string, string>();
        try
        {
            foreach (var line in File.ReadLines("/proc/cpuinfo"))
            {
                if (line.Length == 0) break;  // the first processor is enough
                var parts = line.Split(':', 2);
                if (parts.Length == 2) fields.TryAdd(parts[0].Trim(), parts[1].Trim());
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return fields;
    }
}
