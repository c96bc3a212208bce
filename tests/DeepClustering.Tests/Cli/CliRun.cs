using System.CommandLine;
using System.Text.Json;
using DeepClustering.Cli.Output;

namespace DeepClustering.Tests.Cli;

/// <summary>Runs one CLI command in-process with Console redirected, parse errors handled as in Program.cs; tests using it share the non-parallel "Console" collection.</summary>
internal static class CliRun
{
    public static (int Exit, string Out, string Err) Invoke(Command command, params string[] args)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var root = new RootCommand("test") { command };
            var exit = ParseErrorOutput.InvokeAsync(root.Parse([command.Name, .. args])).GetAwaiter().GetResult();
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    public static JsonElement Json(string text)
    {
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    /// <summary>A fresh temporary folder for one test's files.</summary>
    public static string TempFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "dc-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}

[CollectionDefinition("Console", DisableParallelization = true)]
public sealed class ConsoleCollection;
