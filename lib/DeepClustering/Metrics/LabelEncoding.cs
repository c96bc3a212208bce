namespace DeepClustering.Metrics;

/// <summary>Arbitrary integer labels mapped to dense codes 0..Count-1 in increasing label order.</summary>
public sealed class LabelEncoding
{
    private LabelEncoding(int[] classes, int[] codes)
    {
        Classes = classes;
        Codes = codes;
    }

    /// <summary>The distinct label values, sorted ascending; code c stands for Classes[c].</summary>
    public int[] Classes { get; }

    /// <summary>The dense code of every sample.</summary>
    public int[] Codes { get; }

    /// <summary>The number of distinct labels.</summary>
    public int Count => Classes.Length;

    /// <summary>How many samples carry each code.</summary>
    public long[] Counts()
    {
        var counts = new long[Count];
        foreach (var c in Codes) counts[c]++;
        return counts;
    }

    /// <summary>Encodes <paramref name="labels"/>.</summary>
    public static LabelEncoding Encode(ReadOnlySpan<int> labels)
    {
        var classes = labels.ToArray();
        Array.Sort(classes);
        var distinct = 0;
        for (var i = 0; i < classes.Length; i++)
            if (i == 0 || classes[i] != classes[distinct - 1]) classes[distinct++] = classes[i];
        Array.Resize(ref classes, distinct);
        var codes = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++) codes[i] = Array.BinarySearch(classes, labels[i]);
        return new LabelEncoding(classes, codes);
    }

    /// <summary>Throws unless both label sequences have the same length.</summary>
    internal static void EnsureSameLength(ReadOnlySpan<int> labelsTrue, ReadOnlySpan<int> labelsPred)
    {
        if (labelsTrue.Length != labelsPred.Length)
            throw new ArgumentException($"The true labels ({labelsTrue.Length}) and the predicted labels ({labelsPred.Length}) differ in length.", nameof(labelsPred));
    }
}
