using DeepClustering.Reproductions;

namespace DeepClustering.Cli.Commands.Bench;

/// <summary>The processor a benchmark ran on, for its JSON.</summary>
internal static class Processor
{
    /// <summary>For example "AMD EPYC (AuthenticAMD family 25 model 1, AVX2, 2 logical processors)".</summary>
    public static string Name() => MachineProcessor.Describe();
}
