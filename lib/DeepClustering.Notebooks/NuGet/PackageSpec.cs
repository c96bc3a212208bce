namespace DeepClustering.Notebooks.NuGet;

/// <summary>A package requested with <c>#r "nuget: Name, Version"</c>; a missing version means the latest.</summary>
public sealed record PackageSpec(string Name, string? Version)
{
    /// <summary>True when the version is missing or a wildcard (<c>*</c>, <c>*-*</c>).</summary>
    public bool IsWildcard => Version is null or "*" or "*-*";

    /// <summary>Parses "Name" or "Name, Version" (the text after <c>nuget:</c>).</summary>
    public static bool TryParse(string text, out PackageSpec spec)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        spec = new PackageSpec("", null);
        if (parts.Length is < 1 or > 2 || parts[0].Length == 0 || parts[0].Any(char.IsWhiteSpace))
            return false;
        var version = parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null;
        spec = new PackageSpec(parts[0], version);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Version is null ? Name : $"{Name}, {Version}";
}
