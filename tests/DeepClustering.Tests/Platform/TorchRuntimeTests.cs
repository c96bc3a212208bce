using DeepClustering.Platform;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Platform;

public sealed class TorchRuntimeTests
{
    [Fact]
    public void Trains_a_small_network_on_the_cpu_and_the_loss_falls()
    {
        TorchRuntime.EnsureInitialized();
        torch.manual_seed(7);
        using var scope = NewDisposeScope();
        var x = rand(256, 4);
        var y = (x.sum(1, keepdim: true) > 2).to_type(ScalarType.Float32);
        var model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1));
        var optimizer = optim.Adam(model.parameters(), lr: 0.05);
        var lossFn = nn.BCEWithLogitsLoss();

        float first = 0, last = 0;
        for (var epoch = 0; epoch < 60; epoch++)
        {
            optimizer.zero_grad();
            var loss = lossFn.forward(model.forward(x), y);
            loss.backward();
            optimizer.step();
            last = loss.item<float>();
            if (epoch == 0) first = last;
        }

        Assert.True(last < first * 0.5f, $"loss went from {first} to {last}");
    }

    [Fact]
    public void Reports_what_the_native_fix_did()
    {
        TorchRuntime.EnsureInitialized();
        var status = TorchRuntime.NativeStatus;
        Assert.Null(status.Error);
        if (OperatingSystem.IsLinux())
            Assert.NotNull(status.SystemLibStdCxx);
    }

    [Fact]
    public void Every_native_candidate_that_exists_loads_on_this_system()
    {
        TorchRuntime.EnsureInitialized();
        var stdcxx = TorchRuntime.NativeStatus.SystemLibStdCxx;
        if (stdcxx is null) return; // not Linux
        var available = SystemLibrary.DefinedVersions(stdcxx);
        foreach (var candidate in TorchRuntime.NativeCandidates().Where(File.Exists))
            Assert.Empty(WeakVersionPatch.MissingNeeds(ElfImage.Read(candidate), "libstdc++.so.6", available));
    }
}
