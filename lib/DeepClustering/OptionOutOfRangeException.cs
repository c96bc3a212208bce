using System.Globalization;

namespace DeepClustering;

/// <summary>
/// An option out of its range, named as the user sets it (a settings property such as <c>K</c>, or a command-line
/// option such as <c>--k</c>): "K must be at least 1; got 0.", without the "(Parameter '...')" suffix of
/// <see cref="ArgumentException"/>. <see cref="ThrowUnless"/> is the one check every options type and command uses.
/// </summary>
public sealed class OptionOutOfRangeException : ArgumentOutOfRangeException
{
    private readonly string _message;

    /// <summary>Creates the error "<paramref name="option"/> must be <paramref name="expected"/>; got <paramref name="value"/>."</summary>
    public OptionOutOfRangeException(string option, object? value, string expected) : base(option, value, null)
    {
        Expected = expected;
        _message = string.Create(CultureInfo.InvariantCulture, $"{option} must be {expected}; got {value ?? "null"}.");
    }

    /// <summary>What the option must be, in words ("at least 1"); for several violations, the first one's.</summary>
    public string Expected { get; } = "";

    /// <summary>One error for several options out of range (see <see cref="OptionChecks"/>), in order.</summary>
    internal OptionOutOfRangeException(IReadOnlyList<OptionOutOfRangeException> violations)
        : base(violations[0].ParamName, violations[0].ActualValue, null)
    {
        Expected = violations[0].Expected;
        _message = string.Join(" ", violations.Select(v => v.Message));
    }

    /// <summary>The message, naming the option, what it expects and the value it got.</summary>
    public override string Message => _message;

    /// <summary>Throws an <see cref="OptionOutOfRangeException"/> for <paramref name="option"/> unless <paramref name="valid"/>.</summary>
    /// <example><code>OptionOutOfRangeException.ThrowUnless(K >= 1, nameof(K), K, "at least 1");</code></example>
    public static void ThrowUnless(bool valid, string option, object? value, string expected)
    {
        if (!valid) throw new OptionOutOfRangeException(option, value, expected);
    }
}
