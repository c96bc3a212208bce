using DeepClustering.Display.Progress;
using DeepClustering.Display.Plotly;

namespace DeepClustering.Tests.Display;

public sealed class TrainingMonitorTests
{
    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;
        public void Advance(double seconds) => _ticks += (long)(seconds * TimestampFrequency);
        public override long GetTimestamp() => _ticks;
        public override long TimestampFrequency => 1_000_000;
    }

    [Fact]
    public void Prints_throttled_lines_and_always_the_first_and_last()
    {
        var time = new ManualTime();
        var output = new StringWriter();
        var monitor = new TrainingMonitor("ae", total: 5, minSecondsBetweenLines: 2, output: output, time: time);
        for (int epoch = 1; epoch <= 5; epoch++)
        {
            time.Advance(0.9);
            monitor.Report(epoch, 10.0 / epoch, new Dictionary<string, double> { ["acc"] = epoch / 10.0 });
        }
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // epochs 1, 4 (2.7 s after 1), 5 (last)
        Assert.StartsWith("[ae] epoch 1/5  loss 10  acc 0.1  0.9 s  (~4 s left)", lines[0]);
        Assert.StartsWith("[ae] epoch 4/5", lines[1]);
        Assert.StartsWith("[ae] epoch 5/5  loss 2  acc 0.5  4.5 s", lines[2]);
        Assert.Equal([10, 5, 10.0 / 3, 2.5, 2], monitor.Losses);
        Assert.Equal([0.1, 0.2, 0.3, 0.4, 0.5], monitor.Metrics["acc"]);
    }

    [Fact]
    public void A_figure_the_step_does_not_have_reads_n_a()
    {
        var output = new StringWriter();
        var monitor = new TrainingMonitor("DEC", total: 10, unit: "iteration", minSecondsBetweenLines: 0, output: output, time: new ManualTime());
        monitor.Report(0, double.NaN, new Dictionary<string, double> { ["changed"] = 1, ["train ACC"] = double.NaN });
        Assert.StartsWith("[DEC] iteration 0/10  loss n/a  changed 1  train ACC n/a", output.ToString());
        Assert.True(double.IsNaN(monitor.Losses[0])); // kept as NaN, so charts leave the point out
    }

    [Fact]
    public void A_resumed_run_estimates_the_time_left_from_its_own_pace()
    {
        var time = new ManualTime();
        var output = new StringWriter();
        var monitor = new TrainingMonitor("ae", total: 100, minSecondsBetweenLines: 0, output: output, time: time);
        time.Advance(38);
        monitor.Report(74, 0.5); // resumed after epoch 73: 38 s spent on one epoch, not 74
        time.Advance(38);
        monitor.Report(75, 0.5);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("76.0 s  (~950 s left)", lines[1].TrimEnd()); // 25 epochs at 38 s
    }

    [Fact]
    public void A_resumed_run_that_passes_its_training_time_gets_a_right_estimate_from_the_first_line()
    {
        var time = new ManualTime();
        var output = new StringWriter();
        var monitor = new TrainingMonitor("ae", total: 100, minSecondsBetweenLines: 0, output: output, time: time);
        time.Advance(40);
        monitor.Report(20, 0.5, elapsed: TimeSpan.FromSeconds(800)); // resumed after epoch 19: 800 s of training in all
        time.Advance(40);
        monitor.Report(21, 0.5, elapsed: TimeSpan.FromSeconds(840));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("800.0 s  (~3200 s left)", lines[0].TrimEnd()); // 80 epochs at 40 s, not at 2 s
        Assert.EndsWith("840.0 s  (~3160 s left)", lines[1].TrimEnd());
    }

    [Fact]
    public void Finish_prints_a_summary_and_returns_the_loss_chart()
    {
        var output = new StringWriter();
        var monitor = new TrainingMonitor("dec", output: output, minSecondsBetweenLines: 0);
        monitor.Report(1, 0.5);
        monitor.Report(2, 0.25, new Dictionary<string, double> { ["delta"] = 0.01 });
        var chart = monitor.Finish(includeMetrics: true);
        Assert.Contains("[dec] done: 2 epochs, final loss 0.25", output.ToString());
        string json = chart.Json;
        Assert.Contains("\"name\":\"loss\"", json);
        Assert.Contains("\"name\":\"delta\"", json);
        Assert.True(double.IsNaN(monitor.Metrics["delta"][0]));
    }

    [Fact]
    public void Writes_to_the_console_of_the_moment()
    {
        var monitor = new TrainingMonitor("late", minSecondsBetweenLines: 0);
        var original = Console.Out;
        var captured = new StringWriter();
        try
        {
            Console.SetOut(captured);
            monitor.Report(1, 1.0);
        }
        finally
        {
            Console.SetOut(original);
        }
        Assert.Contains("[late] epoch 1  loss 1", captured.ToString());
    }
}
