using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeepClustering.IO;

namespace DeepClustering.Notebooks.Document;

/// <summary>An nbformat 4 notebook held as JSON (System.Text.Json nodes), so unknown metadata survives a round trip.</summary>
public sealed class NotebookDocument
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 1, // Jupyter and VS Code write one-space indentation.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private NotebookDocument(JsonObject root, List<NotebookCell> cells, string? path)
    {
        Root = root;
        Cells = cells;
        Path = path;
    }

    /// <summary>The file this notebook was read from (or the name given to <see cref="Parse"/>); null for a created one.</summary>
    public string? Path { get; }

    /// <summary>The file name without folder and extension, e.g. 01-breast-cancer; empty for a created notebook.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path ?? "");

    /// <summary>The whole notebook JSON object (cells are re-attached from <see cref="Cells"/> on save).</summary>
    public JsonObject Root { get; }

    /// <summary>The cells in order; insert or remove cells here.</summary>
    public List<NotebookCell> Cells { get; }

    /// <summary>The notebook-level metadata object.</summary>
    public JsonObject Metadata => NotebookCell.GetOrAddObject(Root, "metadata");

    /// <summary>Creates an nbformat 4.5 notebook holding <paramref name="cells"/> and empty metadata, named by <paramref name="path"/> (not written).</summary>
    public static NotebookDocument Create(IEnumerable<NotebookCell> cells, string? path = null) =>
        new(new JsonObject { ["metadata"] = new JsonObject(), ["nbformat"] = 4, ["nbformat_minor"] = 5 }, cells.ToList(), path);

    /// <summary>Reads and checks a notebook file; throws <see cref="NotebookFormatException"/> naming the file and the problem.</summary>
    public static NotebookDocument Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException(path, $"cannot read the file ({e.Message})", e);
        }
        return Parse(text, path);
    }

    /// <summary>Parses notebook JSON text; <paramref name="path"/> only names the source in error messages.</summary>
    public static NotebookDocument Parse(string json, string path)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(path, $"invalid JSON at byte {e.BytePositionInLine + 1} of the line: {e.Message}", e, e.LineNumber + 1);
        }
        if (node is not JsonObject root)
            throw new NotebookFormatException(path, "expected a JSON object at the top level");
        var major = root["nbformat"] is JsonValue v && v.TryGetValue<int>(out var m) ? m : -1;
        if (major != 4)
            throw new NotebookFormatException(path, $"expected \"nbformat\": 4, found {root["nbformat"]?.ToJsonString() ?? "nothing"}");
        if (root["cells"] is not JsonArray cellArray)
            throw new NotebookFormatException(path, "expected a \"cells\" array");
        var cells = new List<NotebookCell>();
        for (var i = 0; i < cellArray.Count; i++)
        {
            if (cellArray[i] is not JsonObject cellJson)
                throw new NotebookFormatException(path, $"cell {i}: expected a JSON object");
            var cell = new NotebookCell(cellJson);
            if (cell.CellType is not ("code" or "markdown" or "raw"))
                throw new NotebookFormatException(path, $"cell {i}: expected cell_type code, markdown or raw, found '{cell.CellType}'");
            try
            {
                _ = cell.Source;
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException)
            {
                throw new NotebookFormatException(path, $"cell {i}: source: {e.Message}", e);
            }
            try
            {
                _ = cell.Outputs;
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException)
            {
                throw new NotebookFormatException(path, $"cell {i}: {e.Message}", e);
            }
            cells.Add(cell);
        }
        // Detach the cells so they can be re-parented into a fresh array on save.
        cellArray.Clear();
        return new NotebookDocument(root, cells, path);
    }

    /// <summary>Serialises the notebook as nbformat 4.5 JSON with one-space indentation and a final newline.</summary>
    public string ToJson()
    {
        var cells = new JsonArray();
        foreach (var cell in Cells)
        {
            cell.Json.Parent?.AsArray().Remove(cell.Json);
            cells.Add(cell.Json);
        }
        Root["cells"] = cells;
        Root["nbformat"] = 4;
        Root["nbformat_minor"] = 5;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            Root.WriteTo(writer);
        var json = System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
        // Leave the cells attached to the root array; detach again so later edits through Cells stay valid.
        cells.Clear();
        return json;
    }

    /// <summary>Writes the notebook atomically (temporary file in the same folder, then rename).</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson());
}
