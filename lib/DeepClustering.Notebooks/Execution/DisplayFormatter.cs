using DeepClustering.Notebooks.Document;
using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;

namespace DeepClustering.Notebooks.Execution;

/// <summary>Turns a value into a MIME bundle with Microsoft.DotNet.Interactive.Formatting's <see cref="Formatter"/>, as the kernel does.</summary>
/// <remarks>The MIME types are the ones the Formatter prefers for the value's type (FormattedValue.CreateManyFromObject in
/// dotnet/interactive), so whatever a setup script registered (charts, data frames, tensors, images) is used as is.
/// The runner adds a text/plain form when the preferred types lack one, for the terminal echo and plain-text readers.</remarks>
public static class DisplayFormatter
{
    private const int MaxPlainTextChars = 20_000;

    /// <summary>Formats <paramref name="value"/> for the given MIME types, or for the Formatter's preferred ones when none are given.</summary>
    public static MimeBundle Format(object? value, IReadOnlyList<string>? mimeTypes = null)
    {
        var explicitTypes = mimeTypes is { Count: > 0 };
        var types = explicitTypes ? mimeTypes! : Formatter.GetPreferredMimeTypesFor(value?.GetType()).ToList();
        var bundle = new MimeBundle();
        foreach (var mimeType in types)
            bundle.Set(mimeType, Render(value, mimeType));
        if (!explicitTypes && bundle.Get(PlainTextFormatter.MimeType) is null && value is not IHtmlContent)
            TryAddPlainText(bundle, value);
        return bundle;
    }

    /// <summary>Formats a value already rendered as text in one MIME type (DisplayAs).</summary>
    public static MimeBundle FormatAs(string content, string mimeType)
    {
        var bundle = new MimeBundle();
        bundle.Set(mimeType, content);
        return bundle;
    }

    private static string Render(object? value, string mimeType) =>
        value is byte[] bytes && MimeBundle.IsBinary(mimeType)
            ? Convert.ToBase64String(bytes)
            : value.ToDisplayString(mimeType);

    private static void TryAddPlainText(MimeBundle bundle, object? value)
    {
        try
        {
            var text = value.ToDisplayString(PlainTextFormatter.MimeType);
            bundle.Set(PlainTextFormatter.MimeType, text.Length <= MaxPlainTextChars ? text : text[..MaxPlainTextChars] + "...");
        }
        catch (Exception)
        {
            // The plain-text form is a convenience; a type whose plain-text formatting fails keeps its rich forms only.
        }
    }
}
