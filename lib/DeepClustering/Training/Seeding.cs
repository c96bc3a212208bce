using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>Seeded torch random generators, so every random step (init, shuffling, dropout) is reproducible.</summary>
public static class Seeding
{
    /// <summary>A CPU generator seeded with <paramref name="seed"/>; the caller disposes it.</summary>
    public static Generator Generator(long seed) => new((ulong)seed, CPU);

    /// <summary>A seed derived from <paramref name="seed"/> and a purpose, so separate random streams of one run do not repeat each other.</summary>
    public static long Derive(long seed, string purpose)
    {
        // FNV-1a over the purpose, mixed with the seed by a SplitMix64 finaliser: stable across runs and platforms.
        var h = 14695981039346656037UL;
        foreach (var c in purpose) h = (h ^ c) * 1099511628211UL;
        var z = (ulong)seed + h + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (long)((z ^ (z >> 31)) & long.MaxValue);
    }
}
