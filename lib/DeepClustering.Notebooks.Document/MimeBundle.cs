using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DeepClustering.Notebooks.Document;

/// <summary>A display's data keyed by MIME type, written as nbformat requires (JSON types as JSON, images as base64, text as lines).</summary>
public sealed partial class MimeBundle
{
    private readonly List<KeyValuePair<string, string>> _items = [];

    [GeneratedRegex(@"^application/(.*\+)?json$")]
    private static partial Regex JsonMimeType();

    /// <summary>The MIME types in the order they were added.</summary>
    public IEnumerable<string> MimeTypes => _items.Select(i => i.Key);

    /// <summary>Adds or replaces the representation for <paramref name="mimeType"/>.</summary>
    public void Set(string mimeType, string value)
    {
        var index = _items.FindIndex(i => i.Key == mimeType);
        if (index >= 0)
            _items[index] = new(mimeType, value);
        else
            _items.Add(new(mimeType, value));
    }

    /// <summary>The representation for <paramref name="mimeType"/>, or null.</summary>
    public string? Get(string mimeType) => _items.FirstOrDefault(i => i.Key == mimeType).Value;

    /// <summary>Reads an nbformat "data" object: text kept as one string, JSON MIME types as their JSON text.</summary>
    public static MimeBundle FromJson(JsonObject? data)
    {
        var bundle = new MimeBundle();
        foreach (var (mimeType, value) in data ?? [])
            bundle.Set(mimeType, value switch
            {
                JsonValue text when text.TryGetValue<string>(out var s) => s,
                JsonArray lines when !JsonMimeType().IsMatch(mimeType) => MultilineText.Read(lines),
                null => "",
                _ => value.ToJsonString(),
            });
        return bundle;
    }

    /// <summary>The nbformat "data" object.</summary>
    public JsonObject ToJson()
    {
        var data = new JsonObject();
        foreach (var (mimeType, value) in _items)
            data[mimeType] = ToNode(mimeType, value);
        return data;
    }

    private static JsonNode? ToNode(string mimeType, string value)
    {
        if (JsonMimeType().IsMatch(mimeType))
        {
            try
            {
                return JsonNode.Parse(value);
            }
            catch (JsonException)
            {
                return JsonValue.Create(value);
            }
        }
        if (IsBinary(mimeType))
            return JsonValue.Create(CleanBase64(value));
        return MultilineText.ToLines(value);
    }

    /// <summary>True for MIME types nbformat stores as base64 text (images other than SVG, and other binary types).</summary>
    public static bool IsBinary(string mimeType) =>
        (mimeType.StartsWith("image/", StringComparison.Ordinal) && mimeType != "image/svg+xml") ||
        mimeType == "application/pdf";

    /// <summary>Strips a data-URI prefix and whitespace from base64 text, so the stored value is plain base64.</summary>
    public static string CleanBase64(string value)
    {
        var comma = value.StartsWith("data:", StringComparison.Ordinal) ? value.IndexOf(',') : -1;
        var body = comma >= 0 ? value[(comma + 1)..] : value;
        return string.Concat(body.Where(c => !char.IsWhiteSpace(c)));
    }
}
