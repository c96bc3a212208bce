namespace DeepClustering.Caching;

/// <summary>
/// Process-wide changes to how libtorch computes (for example an MKL dispatch override), named by whoever makes them.
/// Each is part of every <see cref="ModelCache"/> key, so models trained along another numeric path are kept apart.
/// </summary>
public static class ComputeVariants
{
    private static readonly Lock Gate = new();
    private static string[] _active = [];

    /// <summary>The variants in effect in this process, in the order they were added.</summary>
    public static IReadOnlyList<string> Active => _active;

    /// <summary>Records that <paramref name="variant"/> is in effect from now on in this process.</summary>
    public static void Add(string variant)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variant);
        lock (Gate)
            if (!_active.Contains(variant))
                _active = [.. _active, variant];
    }
}
