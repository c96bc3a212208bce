using System.Globalization;

namespace DeepClustering.Data;

/// <summary>Which folds of a split a run trains: every fold, or a list such as "2" or "0,3".</summary>
/// <remarks>Selecting keeps the folds themselves, so a fold run alone has the seeds and cache key it has in a run of
/// all: the full protocol can be run a fold at a time.</remarks>
public static class FoldSelection
{
    /// <summary>The fold numbers <paramref name="text"/> names, ascending and distinct; "" means every fold.</summary>
    /// <param name="text">Comma-separated fold numbers, blanks allowed around them; "" for every fold.</param>
    /// <param name="foldCount">How many folds the split has: the numbers are 0..foldCount-1.</param>
    /// <param name="parameter">The parameter's name, for the error message.</param>
    /// <exception cref="ArgumentException">An entry is not an integer in 0..foldCount-1, or is given twice.</exception>
    public static IReadOnlyList<int> Parse(string text, int foldCount, string parameter = "onlyFolds")
    {
        ArgumentNullException.ThrowIfNull(text);
        OptionOutOfRangeException.ThrowUnless(foldCount >= 1, nameof(foldCount), foldCount, "at least 1");
        if (text.Trim().Length == 0)
            return Enumerable.Range(0, foldCount).ToList();
        var chosen = new SortedSet<int>();
        foreach (var part in text.Split(','))
        {
            var entry = part.Trim();
            var isFold = int.TryParse(entry, NumberStyles.None, CultureInfo.InvariantCulture, out var fold);
            if (!isFold || fold >= foldCount)
                throw new ArgumentException(
                    $"{parameter} \"{text}\": \"{entry}\" is not a fold number; expected comma-separated folds of "
                    + $"0..{foldCount - 1}, or \"\" for every fold",
                    parameter);
            if (!chosen.Add(fold))
                throw new ArgumentException($"{parameter} \"{text}\": fold {fold} is given twice", parameter);
        }
        return [.. chosen];
    }

    /// <summary>The folds of <paramref name="split"/> whose numbers <paramref name="chosen"/> lists.</summary>
    /// <remarks>In fold order, whatever the order of <paramref name="chosen"/>.</remarks>
    /// <exception cref="ArgumentException">A chosen number is not a fold of the split.</exception>
    public static IReadOnlyList<Fold> Select(IReadOnlyList<Fold> split, IReadOnlyList<int> chosen)
    {
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(chosen);
        var inSplit = split.Select(f => f.Index).ToList();
        var missing = chosen.Except(inSplit).ToList();
        if (missing.Count > 0)
            throw new ArgumentException(
                $"fold(s) {string.Join(", ", missing)} are not in the split, "
                + $"whose folds are {string.Join(", ", inSplit)}",
                nameof(chosen));
        return split.Where(f => chosen.Contains(f.Index)).OrderBy(f => f.Index).ToList();
    }
}
