using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DeepClustering.Data;
using DeepClustering.Platform;

namespace DeepClustering.Cli.Output;

/// <summary>
/// The contract every JSON-printing command follows: one JSON object on stdout and exit code 0, or a one-line message on
/// stderr and exit code 2 for bad input (arguments, files, data) or 1 for anything unexpected.
/// </summary>
internal static class JsonCommand
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // stdout for people and scripts, not HTML: keep paths like libstdc++ readable
    };

    /// <summary>
    /// Initialises TorchSharp, runs <paramref name="body"/> and prints the object it returns (keys in insertion order).
    /// </summary>
    public static int Run(Func<IReadOnlyDictionary<string, object?>> body)
    {
        try
        {
            TorchRuntime.EnsureInitialized(); // every JSON command computes with tensors
            Console.Out.WriteLine(JsonSerializer.Serialize(body(), Options));
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException or UnauthorizedAccessException
            or DataFormatException or DataNotFoundException or ChecksumMismatchException)
        {
            // ArgumentException appends "(Parameter 'options')", a name from the library's code, not the user's words.
            var message = e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;
            Console.Error.WriteLine($"error: {message}");
            return 2;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"error: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }
}
