using DeepClustering.Torch;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Torch;

/// <summary>float32 convolutions compute finite numbers on this machine, whatever cache topology its processor reports (see <see cref="OneDnnIsaGuard"/>).</summary>
public sealed class OneDnnIsaGuardTests
{
    [Fact]
    public void Random_float32_convolutions_and_their_gradients_are_finite()
    {
        TorchRuntime.EnsureInitialized();
        var random = new Random(1);
        var failures = new List<string>();
        for (var t = 0; t < 120; t++)
        {
            int cin = random.Next(1, 33), cout = random.Next(1, 33), k = new[] { 3, 5, 7 }[random.Next(3)], n = random.Next(1, 17), h = random.Next(7, 29);
            using var scope = NewDisposeScope();
            using var conv = nn.Conv2d(cin, cout, k, padding: k / 2);
            var x = randn(n, cin, h, h).requires_grad_(true);
            var y = conv.call(x);
            (y * y).mean().backward();
            if (y.isnan().any().item<bool>() || x.grad!.isnan().any().item<bool>() || conv.weight!.grad!.isnan().any().item<bool>())
                failures.Add($"{cin}->{cout} k{k} batch {n} {h}x{h}");
        }
        Assert.True(failures.Count == 0, $"NaN in {failures.Count} of 120 convolutions ({TorchRuntime.OneDnnIsa}): {string.Join("; ", failures.Take(5))}");
    }

    [Fact]
    public void The_cap_is_set_exactly_where_the_cache_topology_is_missing()
    {
        TorchRuntime.EnsureInitialized();
        var userSet = Environment.GetEnvironmentVariable(OneDnnIsaGuard.EnvironmentVariable) is not null;
        if (OneDnnIsaGuard.CacheTopologyMissing() && !userSet)
        {
            Assert.StartsWith("oneDNN instruction set: capped at SSE41", TorchRuntime.OneDnnIsa);
            Assert.Equal(OneDnnIsaGuard.Cap, Environment.GetEnvironmentVariable(OneDnnIsaGuard.OneDnnVariable));
        }
        else if (!OneDnnIsaGuard.CacheTopologyMissing())
            Assert.DoesNotContain("capped", TorchRuntime.OneDnnIsa);
    }
}
