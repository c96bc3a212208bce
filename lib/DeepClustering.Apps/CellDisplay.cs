using DeepClustering.Notebooks.Document;
using Microsoft.DotNet.Interactive.Formatting;

namespace DeepClustering.Apps;

/// <summary>Formats a displayed value as the C# kernel does: the MIME types the Formatter prefers for its type.</summary>
internal static class CellDisplay
{
    /// <summary>The value's formatted forms, with a text/plain form added for the console when the preferred ones lack it.</summary>
    public static MimeBundle Bundle(object? value)
    {
        var bundle = new MimeBundle();
        if (value is null)
        {
            bundle.Set(PlainText, "<null>");
            return bundle;
        }
        foreach (var formatted in FormattedValue.CreateManyFromObject(value))
            bundle.Set(formatted.MimeType, formatted.Value);
        if (bundle.Get(PlainText) is null && value is string or ValueType)
            bundle.Set(PlainText, value.ToDisplayString(PlainText));
        return bundle;
    }

    private const string PlainText = "text/plain";
}
