using System.Globalization;
using System.Text;
using DeepClustering.Display.Charts;
using DeepClustering.Display.Plotly;

namespace DeepClustering.Display.Progress;

/// <summary>
/// Live training progress that works in any host: one short Console line per report (throttled), the loss history, and
/// at the end the loss chart to display. It uses no kernel API, so the same code runs in VS Code and in the headless runner.
/// </summary>
public sealed class TrainingMonitor
{
    private readonly Lock _gate = new();
    private readonly TextWriter? _output;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly List<int> _steps = [];
    private readonly List<double> _losses = [];
    private readonly Dictionary<string, List<double>> _metrics = new(StringComparer.Ordinal);
    private TimeSpan? _lastLine;
    private (int Step, TimeSpan Elapsed)? _firstReport;

    /// <summary>Starts the clock. Lines go to <paramref name="output"/>, or to whatever Console.Out is when each line is written.</summary>
    /// <param name="name">Shown at the start of every line, e.g. "autoencoder".</param>
    /// <param name="total">The last epoch (or iteration) number, when known, for "12/100" and a time estimate.</param>
    /// <param name="unit">What one report is: "epoch" or "iteration".</param>
    /// <param name="minSecondsBetweenLines">Reports closer together than this are recorded but not printed (the first and last always are).</param>
    /// <param name="output">Where lines go; null means Console.Out at write time (hosts swap it per cell).</param>
    /// <param name="time">The clock; null means the system clock.</param>
    public TrainingMonitor(string name = "training", int? total = null, string unit = "epoch", double minSecondsBetweenLines = 2.0,
        TextWriter? output = null, TimeProvider? time = null)
    {
        OptionOutOfRangeException.ThrowUnless(total is null or >= 1, nameof(total), total, "at least 1");
        OptionOutOfRangeException.ThrowUnless(
            minSecondsBetweenLines >= 0, nameof(minSecondsBetweenLines), minSecondsBetweenLines,
            "zero or more seconds");
        Name = name;
        Total = total;
        Unit = unit;
        MinInterval = TimeSpan.FromSeconds(minSecondsBetweenLines);
        _output = output;
        _time = time ?? TimeProvider.System;
        _started = _time.GetTimestamp();
    }

    /// <summary>The name at the start of every line.</summary>
    public string Name { get; }

    /// <summary>The last epoch (or iteration) number, when known.</summary>
    public int? Total { get; }

    /// <summary>What one report is ("epoch" or "iteration").</summary>
    public string Unit { get; }

    /// <summary>Shortest time between two printed lines.</summary>
    public TimeSpan MinInterval { get; }

    /// <summary>Time since the monitor was created.</summary>
    public TimeSpan Elapsed => _time.GetElapsedTime(_started);

    /// <summary>The reported losses, in order.</summary>
    public IReadOnlyList<double> Losses { get { lock (_gate) return _losses.ToArray(); } }

    /// <summary>The reported epoch (or iteration) numbers, in order.</summary>
    public IReadOnlyList<int> Steps { get { lock (_gate) return _steps.ToArray(); } }

    /// <summary>Every reported metric's values, in report order (a metric missing from a report gets NaN there).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> Metrics
    {
        get { lock (_gate) return _metrics.ToDictionary(p => p.Key, p => (IReadOnlyList<double>)p.Value.ToArray(), StringComparer.Ordinal); }
    }

    /// <summary>Records one step's loss (and optional metrics) and prints a progress line unless one was printed very recently.</summary>
    /// <param name="step">The epoch (or iteration) number.</param>
    /// <param name="loss">The step's loss.</param>
    /// <param name="metrics">Further named numbers to show and keep.</param>
    /// <param name="elapsed">
    /// The time the work has taken up to this step, when the caller knows it better than this monitor's clock: a training
    /// run resumed after epoch 19 passes <c>TrainingProgress.Elapsed</c>, which counts the earlier run's time, so the line
    /// and the estimate of the time left are right from the first report on. Null means the time since this monitor started.
    /// </param>
    public void Report(int step, double loss, IReadOnlyDictionary<string, double>? metrics = null, TimeSpan? elapsed = null)
    {
        string? line = null;
        lock (_gate)
        {
            _steps.Add(step);
            _losses.Add(loss);
            foreach (var list in _metrics.Values)
                list.Add(double.NaN);
            if (metrics is not null)
                foreach (var (key, value) in metrics)
                {
                    if (!_metrics.TryGetValue(key, out var list))
                        _metrics[key] = list = Enumerable.Repeat(double.NaN, _losses.Count).ToList();
                    list[^1] = value;
                }
            var now = Elapsed;
            var spent = elapsed ?? now;
            _firstReport ??= (step, spent);
            bool last = Total is { } total && step >= total;
            if (_lastLine is null || last || now - _lastLine.Value >= MinInterval)
            {
                _lastLine = now;
                line = FormatLine(step, loss, metrics, spent);
            }
        }
        if (line is not null)
            Write(line);
    }

    /// <summary>The loss curve so far (with <paramref name="includeMetrics"/>, every metric as a further line).</summary>
    public PlotlyFigure Chart(bool includeMetrics = false, bool logY = false)
    {
        var series = new Dictionary<string, IReadOnlyList<double>> { ["loss"] = Losses };
        if (includeMetrics)
            foreach (var (key, values) in Metrics)
                series[key] = values;
        return Charts.Charts.TrainingCurves(series, $"{Name}: loss per {Unit}", Unit, includeMetrics ? "value" : "loss", logY);
    }

    /// <summary>Prints a closing line (steps, final loss, time) and returns the loss chart, so a notebook cell can end with it.</summary>
    public PlotlyFigure Finish(bool includeMetrics = false, bool logY = false)
    {
        double? final;
        int count;
        lock (_gate)
        {
            count = _losses.Count;
            final = count > 0 ? _losses[^1] : null;
        }
        Write(string.Create(CultureInfo.InvariantCulture,
            $"[{Name}] done: {count} {Unit}s, final loss {(final is { } f ? Number(f) : "n/a")}, {Elapsed.TotalSeconds:0.0} s"));
        return Chart(includeMetrics, logY);
    }

    private string FormatLine(int step, double loss, IReadOnlyDictionary<string, double>? metrics, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"[{Name}] {Unit} {step}");
        if (Total is { } total)
            text.Append(CultureInfo.InvariantCulture, $"/{total}");
        text.Append("  loss ").Append(Number(loss));
        if (metrics is not null)
            foreach (var (key, value) in metrics)
                text.Append("  ").Append(key).Append(' ').Append(Number(value));
        text.Append(CultureInfo.InvariantCulture, $"  {elapsed.TotalSeconds:0.0} s");
        if (Total is { } end && step > 0 && step < end)
            text.Append(CultureInfo.InvariantCulture, $"  (~{SecondsPerStep(step, elapsed) * (end - step):0} s left)");
        return text.ToString();
    }

    // From the second report on, the pace since the first report: a run resumed at epoch 74 has not spent its elapsed
    // time on 74 epochs, and a run reported every 140 iterations has. Before that, the time so far over the step number.
    private double SecondsPerStep(int step, TimeSpan elapsed) =>
        _firstReport is { } first && step > first.Step
            ? (elapsed - first.Elapsed).TotalSeconds / (step - first.Step)
            : elapsed.TotalSeconds / step;

    // NaN marks a figure the step does not have (DEC's loss before its first update, a missing validation loss).
    private static string Number(double value) => double.IsNaN(value) ? "n/a" : value.ToString("G6", CultureInfo.InvariantCulture);

    private void Write(string line)
    {
        var writer = _output ?? Console.Out;
        writer.WriteLine(line);
        writer.Flush();
    }
}
