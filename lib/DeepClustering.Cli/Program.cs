using System.CommandLine;
using DeepClustering.Cli.Commands;
using DeepClustering.Cli.Commands.Bench;

var root = new RootCommand("Deep Clustering Notebooks: data sets, k-means, metrics, benchmarks and the headless notebook runner.")
{
    DataCommand.Create(),
    new Command("bench", "Benchmarks that print JSON.") { AutoencoderBench.Create() },
};
return await root.Parse(args).InvokeAsync();
