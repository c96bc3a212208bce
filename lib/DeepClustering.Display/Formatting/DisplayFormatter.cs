using Microsoft.DotNet.Interactive.Formatting;

namespace DeepClustering.Display.Formatting;

/// <summary>A formatter of this library for one type and MIME type; the class tells our registrations apart from others.</summary>
internal sealed class DisplayFormatter<T>(string mimeType, Action<T, TextWriter> write) : ITypeFormatter
{
    /// <inheritdoc />
    public string MimeType => mimeType;

    /// <inheritdoc />
    public Type Type => typeof(T);

    /// <inheritdoc />
    public bool Format(object instance, FormatContext context)
    {
        if (instance is not T value)
            return false;
        write(value, context.Writer);
        return true;
    }
}
