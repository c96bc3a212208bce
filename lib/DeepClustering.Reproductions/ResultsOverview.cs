namespace DeepClustering.Reproductions;

/// <summary>Collects the results JSON of every notebook of a run into one overview (notebook 00 and the suite command).</summary>
public static class ResultsOverview
{
    /// <summary>Reads every <c>*.json</c> results document in <paramref name="resultsDirectory"/>, in file-name order.</summary>
    /// <exception cref="InvalidDataException">A file is not a results document; the message names it.</exception>
    public static IReadOnlyList<ResultsDocument> Load(string resultsDirectory) =>
        Directory.Exists(resultsDirectory)
            ? Directory.EnumerateFiles(resultsDirectory, "*.json").Order(StringComparer.Ordinal).Select(ExperimentLog.Load).ToList()
            : [];

    /// <summary>All numbers of all documents, notebook by notebook.</summary>
    public static IReadOnlyList<ResultEntry> Entries(IEnumerable<ResultsDocument> documents) =>
        documents.SelectMany(d => d.Results).ToList();

    /// <summary>The numbers whose target was missed.</summary>
    public static IReadOnlyList<ResultEntry> Failures(IEnumerable<ResultsDocument> documents) =>
        Entries(documents).Where(e => e.Pass == false).ToList();

    /// <summary>
    /// The time of the steps a notebook timed (autoencoder training, DEC), summed. A step loaded from the model cache, or
    /// resumed, counts the time it took when it was trained, so this is what a run costs from scratch; its own wall time
    /// (<see cref="ResultsDocument.Seconds"/>) can be far less.
    /// </summary>
    public static double TimedStepSeconds(ResultsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Results.Sum(r => r.StageSeconds ?? 0);
    }

    /// <summary>"pass", "FAIL", or "-" for a number without a target; "(not comparable)" is appended for stand-in data.</summary>
    public static string Verdict(ResultEntry entry) =>
        (entry.Pass switch { true => "pass", false => "FAIL", null => "-" }) + (entry.Comparable ? "" : " (not comparable)");
}
