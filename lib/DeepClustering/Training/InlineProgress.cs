namespace DeepClustering.Training;

/// <summary>
/// An <see cref="IProgress{T}"/> that runs its callback at once on the reporting thread, in order
/// (<see cref="Progress{T}"/> posts to the thread pool when there is no synchronisation context, as in a script host).
/// </summary>
/// <param name="report">Called with every report.</param>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    /// <inheritdoc />
    public void Report(T value) => report(value);
}
