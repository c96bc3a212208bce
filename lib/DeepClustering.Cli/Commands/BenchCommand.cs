using System.CommandLine;
using DeepClustering.Cli.Commands.Bench;

namespace DeepClustering.Cli.Commands;

/// <summary>The <c>bench</c> command: one subcommand per benchmark, each printing one JSON object on stdout.</summary>
internal static class BenchCommand
{
    /// <summary>Builds the command; add a benchmark by adding its subcommand here.</summary>
    public static Command Create()
    {
        var bench = new Command("bench", "Run a benchmark and print its figures as one JSON object.")
        {
            BenchRunnerCommand.Create(),
            AutoencoderBench.Create(),
            ConvAutoencoderBench.Create(),
            KMeansBench.Create(),
            DecBench.Create(),
        };
        foreach (var clustering in ClusteringBench.CreateAll()) bench.Subcommands.Add(clustering);
        return bench;
    }
}
