using DeepClustering.Notebooks.Document;
using Microsoft.DotNet.Interactive.Formatting;

namespace DeepClustering.Notebooks.Execution;

/// <summary>Turns a value into a MIME bundle with Microsoft.DotNet.Interactive.Formatting's <see cref="Formatter"/>, as the kernel does.</summary>
/// <remarks>The MIME types are exactly the ones the Formatter prefers for the value's type (FormattedValue.CreateManyFromObject
/// in dotnet/interactive), so whatever a setup script registered (charts, data frames, tensors, images) is used as is and
/// nothing else is added. A byte array shown as a binary type (image/png) is stored as base64.</remarks>
public static class DisplayFormatter
{
    /// <summary>Formats <paramref name="value"/> for the given MIME types, or for the Formatter's preferred ones when none are given.</summary>
    public static MimeBundle Format(object? value, IReadOnlyList<string>? mimeTypes = null)
    {
        var types = mimeTypes is { Count: > 0 } ? mimeTypes : Formatter.GetPreferredMimeTypesFor(value?.GetType()).ToList();
        var bundle = new MimeBundle();
        foreach (var mimeType in types)
            bundle.Set(mimeType, Render(value, mimeType));
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
}
