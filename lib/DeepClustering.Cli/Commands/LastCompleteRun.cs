namespace DeepClustering.Cli.Commands;

/// <summary>
/// Keeps the suite's last complete run readable while a new one writes over the same folder: before a run starts, the
/// executed notebooks, report and TRX of a run that completed are copied to <c>last-complete/</c>; a run that is then
/// cancelled or cut short leaves them there (and says so), a run that completes marks itself as the new one to keep.
/// </summary>
internal static class LastCompleteRun
{
    /// <summary>The sub-folder of the output folder that holds the last complete run.</summary>
    public const string Folder = "last-complete";

    /// <summary>The marker a complete run leaves in the output folder.</summary>
    public const string Marker = ".complete";

    /// <summary>The suite's outputs that a run rewrites (besides <c>results/</c>, which keeps its own <c>previous/</c>).</summary>
    public static readonly string[] Outputs = ["notebooks", "report.html", "notebooks.trx"];

    /// <summary>Copies the outputs of the complete run in <paramref name="output"/> (if it holds one) to <see cref="Folder"/>, then clears the marker.</summary>
    public static void Preserve(string output)
    {
        var marker = Path.Combine(output, Marker);
        if (!File.Exists(marker)) return;  // nothing complete here: an earlier last-complete/ stays as it is
        var keep = Path.Combine(output, Folder);
        var staging = keep + ".new";
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        foreach (var name in Outputs)
        {
            var source = Path.Combine(output, name);
            if (Directory.Exists(source)) Copy(source, Path.Combine(staging, name));
            else if (File.Exists(source)) File.Copy(source, Path.Combine(staging, name));
        }
        if (Directory.Exists(keep)) Directory.Delete(keep, recursive: true);
        Directory.Move(staging, keep);  // the old copy goes only once the new one is whole
        File.Delete(marker);
    }

    /// <summary>Marks the run in <paramref name="output"/> as complete: the next run keeps it.</summary>
    public static void MarkComplete(string output) => File.WriteAllText(Path.Combine(output, Marker), DateTime.UtcNow.ToString("O"));

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(from))
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
