using System.CommandLine;

namespace DeepClustering.Cli.Input;

/// <summary>The options the model benchmarks share, declared once so that they read and default alike.</summary>
internal static class BenchOptions
{
    /// <summary>The <c>--threads</c> option: torch intra-op threads, by default one per logical processor.</summary>
    public static Option<int> TorchThreads() => new("--threads")
    {
        Description = "Torch intra-op threads.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    /// <summary>The <c>--seed</c> option of a training benchmark: the weights' initialisation and the batch shuffling.</summary>
    public static Option<int> TrainingSeed() => new("--seed")
    {
        Description = "Initialisation and shuffling seed.",
        DefaultValueFactory = _ => 0,
    };
}
