namespace DeepClustering;

/// <summary>
/// Reads a string setting (a notebook parameter such as <c>emptyClusters = "keep"</c>) as one of a fixed set of
/// values; every notebook and command that takes a word instead of a number parses it here.
/// </summary>
public static class OptionChoice
{
    /// <summary>The value named <paramref name="text"/> among <paramref name="choices"/> (exact names).</summary>
    /// <exception cref="OptionOutOfRangeException">No choice is named <paramref name="text"/>.</exception>
    /// <example><code>OptionChoice.Parse("grayscale", "swapped", ("swapped", 1), ("standard", 2))</code></example>
    public static T Parse<T>(string option, string text, params (string Name, T Value)[] choices)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(option);
        ArgumentNullException.ThrowIfNull(choices);
        foreach (var (name, value) in choices)
            if (name == text) return value;
        var names = choices.Select(c => $"\"{c.Name}\"").ToList();
        var expected = names.Count switch
        {
            0 => "one of no names",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " or " + names[^1],
        };
        throw new OptionOutOfRangeException(option, $"\"{text}\"", expected);
    }
}
