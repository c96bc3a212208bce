using System.Globalization;
using System.Text.Json.Nodes;
using DeepClustering.Notebooks.Document;
using DeepClustering.Notebooks.Execution;
using DeepClustering.Notebooks.Parameters;

namespace DeepClustering.Notebooks.Metadata;

/// <summary>Records a run in the notebook's metadata under the key papermill uses, in papermill's shape.</summary>
/// <remarks>Notebook: metadata.papermill {input_path, output_path, parameters, default_parameters, start_time, end_time,
/// duration, exception}. Cell: metadata.papermill {start_time, end_time, duration, status, exception}, status being
/// pending, completed or failed as in papermill (plus timed_out when a cell hit the timeout, kernel_ended when it ended the kernel).</remarks>
public static class RunMetadata
{
    /// <summary>The metadata key.</summary>
    public const string Key = "papermill";

    /// <summary>Records the notebook-level facts of a run.</summary>
    public static void ApplyToNotebook(NotebookDocument notebook, NotebookRunResult result, IEnumerable<ParameterDefault> defaults)
    {
        var parameters = new JsonObject();
        foreach (var (name, value) in result.Parameters)
            parameters[name] = JsonValue.Create(value);
        var defaultParameters = new JsonObject();
        foreach (var parameter in defaults)
            defaultParameters[parameter.Name] = parameter.DefaultText;
        notebook.Metadata[Key] = new JsonObject
        {
            ["input_path"] = result.SourcePath,
            ["output_path"] = result.OutputPath,
            ["parameters"] = parameters,
            ["default_parameters"] = defaultParameters,
            ["start_time"] = Timestamp(result.Started),
            ["end_time"] = Timestamp(result.Ended),
            ["duration"] = Seconds(result.Duration),
            ["exception"] = !result.Succeeded,
        };
    }

    /// <summary>Records one code cell's run (or that it did not run).</summary>
    public static void ApplyToCell(NotebookCell cell, CellResult result)
    {
        var entry = new JsonObject();
        if (result.Started is { } started)
        {
            entry["start_time"] = Timestamp(started);
            entry["end_time"] = Timestamp(started + result.Duration);
            entry["duration"] = Seconds(result.Duration);
        }
        else
        {
            entry["start_time"] = null;
            entry["end_time"] = null;
            entry["duration"] = null;
        }
        entry["status"] = result.Status switch
        {
            CellStatus.Succeeded => "completed",
            CellStatus.NotRun => "pending",
            _ => "failed",
        };
        entry["exception"] = result.Status is CellStatus.Failed or CellStatus.TimedOut or CellStatus.KernelEnded;
        if (result.Status == CellStatus.TimedOut)
            entry["timed_out"] = true;
        if (result.Status == CellStatus.KernelEnded)
            entry["kernel_ended"] = true;
        cell.Metadata[Key] = entry;
    }

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static double Seconds(TimeSpan duration) => Math.Round(duration.TotalSeconds, 6);
}
