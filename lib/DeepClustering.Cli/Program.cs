using System.CommandLine;
using DeepClustering.Cli.Commands;
using DeepClustering.Cli.Output;

var root = new RootCommand("Deep Clustering Notebooks: data sets, k-means, metrics, benchmarks and the headless notebook runner.")
{
    DataCommand.Create(),
    SuiteCommand.Create(),
    RunCommand.Create(),
    KMeansCommand.Create(),
    MetricsCommand.Create(),
    BenchCommand.Create(),
    RuntimeCommand.Create(),
    ResultsCommand.Create(),
    ExportCommand.Create(),
};
HangupSignal.Register();
return await ParseErrorOutput.InvokeAsync(root.Parse(args));
