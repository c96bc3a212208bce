using DeepClustering.Caching;
using DeepClustering.Models;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Caching;

public sealed class ModelFingerprintTests
{
    [Fact]
    public void The_same_start_gives_the_same_fingerprint_and_another_seed_or_weight_another()
    {
        using var model = new DenseAutoencoder([64, 8], seed: 1);
        using var same = new DenseAutoencoder([64, 8], seed: 1);
        using var other = new DenseAutoencoder([64, 8], seed: 2);
        Assert.Equal(ModelFingerprint.Of(model), ModelFingerprint.Of(same));
        Assert.NotEqual(ModelFingerprint.Of(model), ModelFingerprint.Of(other));
        using (no_grad()) same.parameters().Last()[0] += 1e-6f;  // one value of the last bias
        Assert.NotEqual(ModelFingerprint.Of(model), ModelFingerprint.Of(same));
        Assert.Equal(64, ModelFingerprint.Of(model).Length);
    }

    [Fact]
    public void The_structure_names_module_types_forward_versions_and_state_shapes()
    {
        using var model = new BatchNormConvAutoencoder(new ImageShape(1, 28, 28), codeSize: 10, seed: 0);
        var structure = ModelFingerprint.Structure(model);
        Assert.StartsWith("module : DeepClustering.Models.BatchNormConvAutoencoder v2\n", structure);
        Assert.Contains(" : Float32 [", structure);
        using var dense = new DenseAutoencoder([64, 8], seed: 1);
        Assert.StartsWith("module : DeepClustering.Models.DenseAutoencoder\n", ModelFingerprint.Structure(dense));
        Assert.NotEqual(ModelFingerprint.Of(dense), ModelFingerprint.Of(new DenseAutoencoder([64, 9], seed: 1)));
    }
}
