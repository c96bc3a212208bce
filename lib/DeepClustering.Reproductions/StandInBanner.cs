namespace DeepClustering.Reproductions;

/// <summary>The orange banner a notebook shows when it runs on generated stand-in data, not the real data.</summary>
public static class StandInBanner
{
    private const string Style =
        "border:2px solid #d9822b;background:#fff4e5;padding:10px 14px;margin:6px 0;font-weight:600";

    /// <summary>The banner as an HTML fragment that names the data set the stand-in replaces.</summary>
    public static string Html(string dataset = "CIFAR-10") =>
        $"<div style=\"{Style}\">⚠ Generated stand-in data: numbers <u>not comparable</u>. " +
        $"{dataset} was not found, so this run uses generated images in its format. The numbers show that the " +
        $"pipeline works; they say nothing about {dataset}, and only sanity ranges are asserted.</div>";

    /// <summary>The same notice as one line of plain text, for the console.</summary>
    public static string Text(string dataset = "CIFAR-10") =>
        $"GENERATED STAND-IN DATA: {dataset} was not found; the numbers are not comparable to the original's.";
}
