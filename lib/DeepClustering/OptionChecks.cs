namespace DeepClustering;

/// <summary>
/// The one validator of options records: each record declares its constraints with <see cref="Require"/> in its
/// <c>Validate()</c>, and <see cref="ThrowIfAny"/> reports every violation in one
/// <see cref="OptionOutOfRangeException"/>.
/// </summary>
/// <example><code>new OptionChecks().Require(K >= 1, nameof(K), K, "at least 1").ThrowIfAny();</code></example>
public sealed class OptionChecks
{
    private readonly List<OptionOutOfRangeException> _violations = [];

    /// <summary>The constraints found broken so far, in the order they were declared.</summary>
    public IReadOnlyList<OptionOutOfRangeException> Violations => _violations;

    /// <summary>
    /// Records "<paramref name="option"/> must be <paramref name="expected"/>; got <paramref name="value"/>." unless
    /// <paramref name="valid"/>.
    /// </summary>
    public OptionChecks Require(bool valid, string option, object? value, string expected)
    {
        if (!valid) _violations.Add(new OptionOutOfRangeException(option, value, expected));
        return this;
    }

    /// <summary>Throws one exception whose message names every violation (its parameter is the first option).</summary>
    /// <exception cref="OptionOutOfRangeException">At least one constraint is broken.</exception>
    public void ThrowIfAny()
    {
        if (_violations.Count == 1) throw _violations[0];
        if (_violations.Count > 1) throw new OptionOutOfRangeException(_violations);
    }
}
