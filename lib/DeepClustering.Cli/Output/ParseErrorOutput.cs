using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace DeepClustering.Cli.Output;

/// <summary>
/// Keeps stdout for results: when the command line does not parse, System.CommandLine's error action prints the errors and
/// typo suggestions on stderr, without the help text (which it would print on stdout), followed by a hint to ask for help.
/// </summary>
internal static class ParseErrorOutput
{
    /// <summary>Invokes <paramref name="parse"/>; a parse failure returns System.CommandLine's exit code 1 with nothing on stdout.</summary>
    public static async Task<int> InvokeAsync(ParseResult parse)
    {
        if (parse.Action is not ParseErrorAction failed)
            return await parse.InvokeAsync();
        failed.ShowHelp = false;
        var exit = await parse.InvokeAsync(new InvocationConfiguration { Output = Console.Error });
        var names = new List<string>();
        for (SymbolResult? result = parse.CommandResult; result is not null; result = result.Parent)
            if (result is CommandResult command)
                names.Insert(0, command.Command.Name);
        await Console.Error.WriteLineAsync($"Run '{string.Join(' ', names)} --help' for usage.");
        return exit;
    }
}
