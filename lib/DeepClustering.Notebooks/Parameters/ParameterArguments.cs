namespace DeepClustering.Notebooks.Parameters;

/// <summary>The <c>--param name=value</c> texts of a command line, split into names and values: one reading for <c>run</c>, <c>suite</c> and exported apps.</summary>
public static class ParameterArguments
{
    /// <summary>The (name, value) pairs, in order; the value is everything after the first <c>=</c>.</summary>
    /// <exception cref="ParameterException">A text without a name before <c>=</c>, or a name given twice.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> Split(IEnumerable<string> texts)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var text in texts)
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                throw new ParameterException($"--param '{text}': expected name=value");
            var name = text[..equals].Trim();
            if (values.FirstOrDefault(v => v.Key == name) is { Key: not null } earlier)
                throw new ParameterException($"--param '{name}' is given twice ({name}={earlier.Value}, {text}); give it once");
            values.Add(new(name, text[(equals + 1)..]));
        }
        return values;
    }
}
