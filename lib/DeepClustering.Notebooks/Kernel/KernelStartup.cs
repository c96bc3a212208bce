namespace DeepClustering.Notebooks.Kernel;

/// <summary>Where a kernel's start went, each span measured from the start of <see cref="KernelSession.StartAsync"/>.</summary>
/// <param name="Began">When the start began (UTC).</param>
/// <param name="ToolResolved">The pinned tool's entry assembly found (restored first when missing).</param>
/// <param name="ProcessReady">The kernel process started and reported KernelReady (its C#, F# and PowerShell subkernels built).</param>
/// <param name="Connected">The C# subkernel's proxy created: ready for the first cell.</param>
public sealed record KernelStartup(DateTimeOffset Began, TimeSpan ToolResolved, TimeSpan ProcessReady, TimeSpan Connected);
