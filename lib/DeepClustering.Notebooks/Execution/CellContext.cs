namespace DeepClustering.Notebooks.Execution;

/// <summary>The cell currently running on this logical flow (flows into tasks and threads the cell starts).</summary>
public static class CellContext
{
    private static readonly AsyncLocal<(CellOutputCollector Collector, CancellationToken Token)?> Running = new();

    /// <summary>The running cell's output collector, or null outside the runner.</summary>
    public static CellOutputCollector? Current => Running.Value?.Collector;

    /// <summary>The running cell's cancellation token (cancelled on timeout); <see cref="CancellationToken.None"/> outside the runner.</summary>
    public static CancellationToken CancellationToken => Running.Value?.Token ?? CancellationToken.None;

    /// <summary>Makes <paramref name="collector"/> current for the calling flow until the returned scope is disposed.</summary>
    public static IDisposable Enter(CellOutputCollector collector, CancellationToken token)
    {
        var previous = Running.Value;
        Running.Value = (collector, token);
        return new Scope(() => Running.Value = previous);
    }

    private sealed class Scope(Action exit) : IDisposable
    {
        public void Dispose() => exit();
    }
}
