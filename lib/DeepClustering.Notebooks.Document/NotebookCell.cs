using System.Text.Json.Nodes;

namespace DeepClustering.Notebooks.Document;

/// <summary>One cell of a notebook: a view over its JSON object that keeps every field it does not know.</summary>
public sealed class NotebookCell
{
    /// <summary>Wraps an existing cell JSON object.</summary>
    public NotebookCell(JsonObject json) => Json = json;

    /// <summary>The underlying JSON object, written back as is (with unknown fields preserved).</summary>
    public JsonObject Json { get; }

    /// <summary>"code", "markdown" or "raw".</summary>
    public string CellType => Json["cell_type"]?.GetValue<string>() ?? "";

    /// <summary>True for code cells.</summary>
    public bool IsCode => CellType == "code";

    /// <summary>The nbformat 4.5 cell id.</summary>
    public string? Id
    {
        get => Json["id"]?.GetValue<string>();
        set => Json["id"] = value;
    }

    /// <summary>The cell source as one string.</summary>
    public string Source
    {
        get => MultilineText.Read(Json["source"]);
        set => Json["source"] = MultilineText.ToLines(value);
    }

    /// <summary>The execution_count of a code cell that ran, else null.</summary>
    public int? ExecutionCount => Json["execution_count"] is JsonValue count && count.TryGetValue<int>(out var n) ? n : null;

    /// <summary>The cell's outputs, read from its JSON (empty for markdown and raw cells).</summary>
    /// <exception cref="FormatException">"outputs" is not an array of nbformat outputs.</exception>
    public IReadOnlyList<CellOutput> Outputs => Json["outputs"] switch
    {
        null => [],
        JsonArray outputs => outputs.Select((o, j) => o is JsonObject output
            ? CellOutput.FromJson(output, j)
            : throw new FormatException($"output {j}: expected a JSON object, found {o?.ToJsonString() ?? "null"}")).ToList(),
        var other => throw new FormatException($"expected \"outputs\" to be an array, found {other.ToJsonString()}"),
    };

    /// <summary>The cell metadata object (created when missing).</summary>
    public JsonObject Metadata => GetOrAddObject(Json, "metadata");

    /// <summary>The cell's tags (metadata.tags).</summary>
    public IReadOnlyList<string> Tags =>
        Json["metadata"]?["tags"] is JsonArray tags ? tags.Select(t => t?.GetValue<string>() ?? "").ToList() : [];

    /// <summary>The Polyglot kernel name recorded for the cell (polyglot_notebook.kernelName, then dotnet_interactive.language).</summary>
    public string? KernelName =>
        Json["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>() ??
        Json["metadata"]?["dotnet_interactive"]?["language"]?.GetValue<string>();

    /// <summary>Creates an empty C# code cell with the given source, tags and id.</summary>
    public static NotebookCell CreateCode(string id, string source, params string[] tags)
    {
        var cell = new NotebookCell(new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["id"] = id,
            ["metadata"] = new JsonObject(),
            ["outputs"] = new JsonArray(),
            ["source"] = MultilineText.ToLines(source),
        });
        if (tags.Length > 0)
            cell.Metadata["tags"] = new JsonArray(tags.Select(t => (JsonNode?)t).ToArray());
        return cell;
    }

    /// <summary>Creates a markdown cell with the given source and id.</summary>
    public static NotebookCell CreateMarkdown(string id, string source) => new(new JsonObject
    {
        ["cell_type"] = "markdown",
        ["id"] = id,
        ["metadata"] = new JsonObject(),
        ["source"] = MultilineText.ToLines(source),
    });

    /// <summary>Clears outputs and the execution count, as a notebook that has not run yet.</summary>
    public void ClearOutputs()
    {
        if (!IsCode)
            return;
        Json["outputs"] = new JsonArray();
        Json["execution_count"] = null;
    }

    /// <summary>Replaces the outputs and sets the execution count.</summary>
    public void SetOutputs(int executionCount, JsonArray outputs)
    {
        Json["execution_count"] = executionCount;
        Json["outputs"] = outputs;
    }

    /// <summary>Returns the child object <paramref name="name"/> of <paramref name="parent"/>, creating it when missing.</summary>
    public static JsonObject GetOrAddObject(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing)
            return existing;
        var created = new JsonObject();
        parent[name] = created;
        return created;
    }
}
