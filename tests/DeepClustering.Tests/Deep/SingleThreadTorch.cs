using static TorchSharp.torch;

namespace DeepClustering.Tests.Deep;

/// <summary>Base for the deep-clustering tests: initialises torch and runs it on one thread (tiny tensors; other test processes share the cores), restoring the thread count afterwards.</summary>
public abstract class SingleThreadTorch : IDisposable
{
    private readonly int _threads;

    /// <summary>Pins torch to one intra-op thread for the test.</summary>
    protected SingleThreadTorch()
    {
        _threads = get_num_threads();
        set_num_threads(1);
    }

    /// <summary>Restores the previous thread count.</summary>
    public void Dispose()
    {
        set_num_threads(_threads);
        GC.SuppressFinalize(this);
    }
}
