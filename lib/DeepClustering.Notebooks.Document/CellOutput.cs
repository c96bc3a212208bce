using System.Text;
using System.Text.Json.Nodes;

namespace DeepClustering.Notebooks.Document;

/// <summary>One output of an executed cell: a stream chunk, a display, or an error.</summary>
public abstract class CellOutput
{
    /// <summary>The nbformat output object.</summary>
    public abstract JsonObject ToJson();

    /// <summary>Reads an nbformat output object (stream, display_data or execute_result, error); <paramref name="index"/> names it in errors.</summary>
    /// <exception cref="FormatException">The object has no known output_type or a field of the wrong kind.</exception>
    public static CellOutput FromJson(JsonObject output, int index)
    {
        var kind = output["output_type"] is JsonValue type && type.TryGetValue<string>(out var text) ? text : null;
        try
        {
            switch (kind)
            {
                case "stream":
                    var stream = new StreamOutput(output["name"]?.GetValue<string>() ?? "stdout");
                    stream.Text.Append(MultilineText.Read(output["text"]));
                    return stream;
                case "display_data" or "execute_result":
                    return new DisplayOutput(MimeBundle.FromJson(output["data"] as JsonObject));
                case "error":
                    var traceback = output["traceback"] is JsonArray lines ? lines.Select(l => l?.GetValue<string>() ?? "").ToArray() : [];
                    return new ErrorOutput(output["ename"]?.GetValue<string>() ?? "", output["evalue"]?.GetValue<string>() ?? "", traceback);
            }
        }
        catch (InvalidOperationException e)
        {
            throw new FormatException($"output {index} ({kind}): {e.Message}", e);
        }
        throw new FormatException($"output {index}: expected output_type stream, display_data, execute_result or error, found {output["output_type"]?.ToJsonString() ?? "nothing"}");
    }
}

/// <summary>Text written to stdout or stderr; consecutive writes to the same stream share one output.</summary>
public sealed class StreamOutput(string name) : CellOutput
{
    /// <summary>"stdout" or "stderr".</summary>
    public string Name { get; } = name;

    /// <summary>The text written so far.</summary>
    public StringBuilder Text { get; } = new();

    /// <inheritdoc />
    public override JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["output_type"] = "stream",
        ["text"] = MultilineText.ToLines(Text.ToString()),
    };
}

/// <summary>A displayed value (display_data); its data can be replaced by a later update.</summary>
public sealed class DisplayOutput(MimeBundle data) : CellOutput
{
    /// <summary>The current representation of the displayed value.</summary>
    public MimeBundle Data { get; set; } = data;

    /// <inheritdoc />
    public override JsonObject ToJson() => new()
    {
        ["data"] = Data.ToJson(),
        ["metadata"] = new JsonObject(),
        ["output_type"] = "display_data",
    };
}

/// <summary>A compile error, exception, timeout or unsupported-cell error.</summary>
public sealed class ErrorOutput(string name, string value, IReadOnlyList<string> traceback) : CellOutput
{
    /// <summary>The error's name (exception type or CompilationError).</summary>
    public string Name { get; } = name;

    /// <summary>The error message.</summary>
    public string Value { get; } = value;

    /// <summary>The trace lines (diagnostics or stack frames).</summary>
    public IReadOnlyList<string> Traceback { get; } = traceback;

    /// <inheritdoc />
    public override JsonObject ToJson() => new()
    {
        ["ename"] = Name,
        ["evalue"] = Value,
        ["output_type"] = "error",
        ["traceback"] = new JsonArray(Traceback.Select(l => (JsonNode?)l).ToArray()),
    };
}
