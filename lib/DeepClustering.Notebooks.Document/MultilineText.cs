using System.Text;
using System.Text.Json.Nodes;

namespace DeepClustering.Notebooks.Document;

/// <summary>nbformat's "multiline string": a JSON string or an array of lines that are concatenated.</summary>
public static class MultilineText
{
    /// <summary>Reads a multiline string node (string, array of strings or null) as one string.</summary>
    public static string Read(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return "";
            case JsonValue value when value.TryGetValue<string>(out var text):
                return text;
            case JsonArray array:
                var builder = new StringBuilder();
                foreach (var item in array)
                    builder.Append(item?.GetValue<string>() ?? "");
                return builder.ToString();
            default:
                throw new FormatException($"expected a string or an array of strings, found {node.ToJsonString()}");
        }
    }

    /// <summary>Splits text into lines that keep their line endings, the way Jupyter stores sources and text outputs.</summary>
    public static JsonArray ToLines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n')
                continue;
            lines.Add(JsonValue.Create(text[start..(i + 1)]));
            start = i + 1;
        }
        if (start < text.Length)
            lines.Add(JsonValue.Create(text[start..]));
        return lines;
    }
}
