using System.Runtime.CompilerServices;
using DeepClustering.Platform;

namespace DeepClustering.Tests;

/// <summary>
/// The test process is a host: it prepares TorchSharp's natives once, before any test builds a tensor.
/// </summary>
internal static class TorchSetup
{
#pragma warning disable CA2255 // A test assembly's module initializer is the one place every test passes through.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize() => TorchRuntime.EnsureInitialized();
}
