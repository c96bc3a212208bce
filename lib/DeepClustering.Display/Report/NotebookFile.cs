using System.Text.Json;

namespace DeepClustering.Display.Report;

/// <summary>One output of a code cell, as nbformat 4 stores it.</summary>
/// <param name="Kind">display_data, execute_result, stream or error.</param>
/// <param name="Data">MIME type to value (multi-line values joined).</param>
/// <param name="StreamName">stdout or stderr for stream outputs.</param>
/// <param name="Text">The text of a stream output.</param>
/// <param name="ErrorName">ename of an error output.</param>
/// <param name="ErrorValue">evalue of an error output.</param>
/// <param name="Traceback">traceback lines of an error output.</param>
public sealed record NotebookOutput(
    string Kind, IReadOnlyDictionary<string, string> Data, string? StreamName, string? Text,
    string? ErrorName, string? ErrorValue, IReadOnlyList<string> Traceback);

/// <summary>One notebook cell.</summary>
/// <param name="Kind">code, markdown or raw.</param>
/// <param name="Source">The cell text.</param>
/// <param name="ExecutionCount">execution_count of a code cell that ran.</param>
/// <param name="Outputs">Outputs of a code cell.</param>
public sealed record NotebookCell(string Kind, string Source, int? ExecutionCount, IReadOnlyList<NotebookOutput> Outputs);

/// <summary>An .ipynb file read with System.Text.Json: its cells and outputs, enough to render a report.</summary>
/// <param name="Path">The file read.</param>
/// <param name="Cells">The cells in order.</param>
public sealed record NotebookFile(string Path, IReadOnlyList<NotebookCell> Cells)
{
    /// <summary>The file name without folder and extension, e.g. 01-breast-cancer.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>Reads and parses <paramref name="path"/>.</summary>
    /// <exception cref="NotebookFormatException">The file is not JSON or lacks the nbformat 4 structure.</exception>
    public static NotebookFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes = File.ReadAllBytes(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(path, e.LineNumber + 1, $"not valid JSON (byte {e.BytePositionInLine} of the line): {e.Message}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array)
                throw new NotebookFormatException(path, null, "expected a JSON object with a \"cells\" array (nbformat 4).");
            var list = new List<NotebookCell>();
            int index = 0;
            foreach (var cell in cells.EnumerateArray())
                list.Add(ReadCell(path, cell, index++));
            return new NotebookFile(path, list);
        }
    }

    private static NotebookCell ReadCell(string path, JsonElement cell, int index)
    {
        if (cell.ValueKind != JsonValueKind.Object || !cell.TryGetProperty("cell_type", out var type) || type.ValueKind != JsonValueKind.String)
            throw new NotebookFormatException(path, null, $"cell {index} has no \"cell_type\" string.");
        string source = cell.TryGetProperty("source", out var s) ? JoinText(s) : "";
        int? count = cell.TryGetProperty("execution_count", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null;
        var outputs = new List<NotebookOutput>();
        if (cell.TryGetProperty("outputs", out var o) && o.ValueKind == JsonValueKind.Array)
            foreach (var output in o.EnumerateArray())
                outputs.Add(ReadOutput(path, output, index));
        return new NotebookCell(type.GetString()!, source, count, outputs);
    }

    private static NotebookOutput ReadOutput(string path, JsonElement output, int cell)
    {
        if (output.ValueKind != JsonValueKind.Object || !output.TryGetProperty("output_type", out var kind) || kind.ValueKind != JsonValueKind.String)
            throw new NotebookFormatException(path, null, $"an output of cell {cell} has no \"output_type\" string.");
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (output.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object)
            foreach (var item in d.EnumerateObject())
                data[item.Name] = item.Value.ValueKind == JsonValueKind.Object ? item.Value.GetRawText() : JoinText(item.Value);
        var traceback = output.TryGetProperty("traceback", out var t) && t.ValueKind == JsonValueKind.Array
            ? t.EnumerateArray().Select(line => line.ValueKind == JsonValueKind.String ? line.GetString()! : line.GetRawText()).ToArray()
            : [];
        return new NotebookOutput(
            kind.GetString()!, data,
            StringProperty(output, "name"), output.TryGetProperty("text", out var text) ? JoinText(text) : null,
            StringProperty(output, "ename"), StringProperty(output, "evalue"), traceback);
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // nbformat stores multi-line text either as one string or as a list of lines that keep their newlines.
    private static string JoinText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Concat(value.EnumerateArray().Select(part => part.ValueKind == JsonValueKind.String ? part.GetString() : part.GetRawText())),
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };
}
