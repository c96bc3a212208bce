using DeepClustering.Keras;
using DeepClustering.Tests.Data;
using PureHDF;

namespace DeepClustering.Tests.Keras;

/// <summary>Reading Keras HDF5 files: the published models' layers in config order, and clear errors for files that are not one.</summary>
public sealed class KerasModelFileTests
{
    [SharedDataFact(PublishedModelFiles.Folder)]
    public void Reads_the_layers_in_config_order_with_keras_shapes()
    {
        var file = KerasModelFile.Read(PublishedModelFiles.Path("Encoder_model_0.h5"));
        Assert.Equal("Sequential", file.ClassName);
        Assert.Equal("2.2.4-tf", file.KerasVersion);
        Assert.Equal(33, file.Layers.Count);
        Assert.Equal(("Conv2D", "conv_0"), (file.Layers[0].ClassName, file.Layers[0].Name));
        Assert.Equal([7L, 7, 1, 32], file.Layers[0].Weight("kernel:0")!.Shape);
        Assert.Equal("bilinear", file.Layers.First(l => l.ClassName == "UpSampling2D").Setting("interpolation"));
        var bn = file.Layers.First(l => l.ClassName == "BatchNormalization");
        Assert.Equal(["gamma:0", "beta:0", "moving_mean:0", "moving_variance:0"], bn.Weights.Select(w => w.Name));
        Assert.Empty(file.Layers[1].Weights);  // an Activation layer
        Assert.Contains("\"Adam\"", file.TrainingConfig);
    }

    [SharedDataFact(PublishedModelFiles.Folder)]
    public void A_truncated_file_is_a_clear_error_naming_it()
    {
        using var dir = new TempDirectory();
        var bytes = File.ReadAllBytes(PublishedModelFiles.Path("Encoder_model_0.h5"));
        foreach (var fraction in new[] { 0.02, 0.5, 0.9 })
        {
            var path = dir.File($"truncated-{fraction}.h5");
            File.WriteAllBytes(path, bytes[..(int)(bytes.Length * fraction)]);
            var e = Assert.Throws<KerasModelFormatException>(() => KerasModelFile.Read(path));
            Assert.StartsWith(path, e.Message);
            Assert.Contains("truncated: its HDF5 superblock says the file is", e.Message);
        }
    }

    [Fact]
    public void An_hdf5_file_without_a_model_config_is_not_a_keras_model()
    {
        using var dir = new TempDirectory();
        var path = dir.File("plain.h5");
        new H5File { ["values"] = new double[] { 1, 2, 3 } }.Write(path);
        var e = Assert.Throws<KerasModelFormatException>(() => KerasModelFile.Read(path));
        Assert.Equal($"{path}: not a Keras model file: the HDF5 root has no 'model_config' attribute (expected a model saved with model.save(\"....h5\"), not weights alone)", e.Message);
    }

    [Fact]
    public void A_text_file_is_not_hdf5()
    {
        using var dir = new TempDirectory();
        var path = dir.File("model.h5");
        File.WriteAllText(path, "layer,weights\n1,2\n");
        var e = Assert.Throws<KerasModelFormatException>(() => KerasModelFile.Read(path));
        Assert.StartsWith($"{path}: not a readable HDF5 file", e.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), "dc-no-such-model.h5");
        var e = Assert.Throws<FileNotFoundException>(() => KerasModelFile.Read(path));
        Assert.Contains(path, e.Message);
    }
}
