using System.Text.Json;
using PureHDF;
using PureHDF.VOL.Native;

namespace DeepClustering.Keras;

/// <summary>
/// A model saved by Keras' <c>model.save(...)</c> in HDF5: the layers of its <c>model_config</c> in order, each with its
/// weight arrays, read with PureHDF (pure .NET, no native HDF5 library).
/// </summary>
public sealed class KerasModelFile
{
    private KerasModelFile(string path, string? kerasVersion, string className, IReadOnlyList<KerasLayer> layers, string? trainingConfig)
    {
        Path = path;
        KerasVersion = kerasVersion;
        ClassName = className;
        Layers = layers;
        TrainingConfig = trainingConfig;
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>The Keras version that saved it (root attribute <c>keras_version</c>), when recorded.</summary>
    public string? KerasVersion { get; }

    /// <summary>The model class of <c>model_config</c>: <c>Sequential</c> or <c>Model</c> (functional).</summary>
    public string ClassName { get; }

    /// <summary>The layers in <c>model_config</c> order, input layers left out.</summary>
    public IReadOnlyList<KerasLayer> Layers { get; }

    /// <summary>The <c>training_config</c> JSON (loss and optimiser), when recorded.</summary>
    public string? TrainingConfig { get; }

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="KerasModelFormatException">It is not a readable HDF5 file, has no Keras <c>model_config</c>, or a layer's weights cannot be read (truncated or damaged file).</exception>
    public static KerasModelFile Read(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new FileNotFoundException($"{full}: Keras model file not found", full);
        NativeFile h5;
        try
        {
            h5 = H5File.OpenRead(full);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new KerasModelFormatException(full, $"not a readable HDF5 file ({e.Message}); expected a Keras model saved with model.save(\"....h5\")", inner: e);
        }
        using (h5)
        {
            var length = new FileInfo(full).Length;
            if (Hdf5EndOfFile.Declared(full) is { } declared && declared > (ulong)length)
                throw new KerasModelFormatException(full, $"truncated: its HDF5 superblock says the file is {declared:N0} bytes long, but it has {length:N0}");
            var config = ReadStringAttribute(full, h5, "model_config")
                ?? throw new KerasModelFormatException(full, "not a Keras model file: the HDF5 root has no 'model_config' attribute (expected a model saved with model.save(\"....h5\"), not weights alone)");
            var (className, layerConfigs) = ParseConfig(full, config);
            IH5Group weightsRoot = h5.LinkExists("model_weights") ? h5.Group("model_weights") : h5;
            var layers = new List<KerasLayer>(layerConfigs.Count);
            foreach (var (cls, name, cfg) in layerConfigs)
            {
                var label = $"{layers.Count} '{name}' ({cls})";
                layers.Add(new KerasLayer(layers.Count, cls, name, cfg, ReadWeights(full, weightsRoot, name, label)));
            }
            return new KerasModelFile(full, ReadStringAttribute(full, h5, "keras_version"), className, layers, ReadStringAttribute(full, h5, "training_config"));
        }
    }

    private static (string ClassName, List<(string Class, string Name, JsonElement Config)> Layers) ParseConfig(string file, string json)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(json).RootElement;
        }
        catch (JsonException e)
        {
            throw new KerasModelFormatException(file, $"'model_config' is not valid JSON ({e.Message})", inner: e);
        }
        var className = root.TryGetProperty("class_name", out var c) ? c.GetString() ?? "" : "";
        if (!root.TryGetProperty("config", out var config))
            throw new KerasModelFormatException(file, "'model_config' has no 'config' member; expected a Keras Sequential or functional model");
        // Keras 2.2.4+ writes {"layers": [...]}; older Sequential models wrote the layer list itself.
        var list = config.ValueKind == JsonValueKind.Array ? config
            : config.TryGetProperty("layers", out var l) && l.ValueKind == JsonValueKind.Array ? l
            : throw new KerasModelFormatException(file, "'model_config' has no layer list ('config.layers')");
        var layers = new List<(string, string, JsonElement)>();
        foreach (var layer in list.EnumerateArray())
        {
            var cls = layer.TryGetProperty("class_name", out var lc) ? lc.GetString() ?? "" : "";
            if (cls == "InputLayer")
                continue;
            var cfg = layer.TryGetProperty("config", out var lcfg) ? lcfg.Clone() : default;
            var name = cfg.ValueKind == JsonValueKind.Object && cfg.TryGetProperty("name", out var n) ? n.GetString()
                : layer.TryGetProperty("name", out var ln) ? ln.GetString() : null;
            layers.Add((cls, name ?? throw new KerasModelFormatException(file, $"layer {layers.Count} ({cls}) of 'model_config' has no name"), cfg));
        }
        return (className, layers);
    }

    private static List<KerasWeight> ReadWeights(string file, IH5Group root, string layerName, string label)
    {
        var weights = new List<KerasWeight>();
        try
        {
            if (!root.LinkExists(layerName))
                return weights; // layers without weights (activations, pooling) may have no group at all
            var group = root.Group(layerName);
            if (!group.AttributeExists("weight_names"))
                return weights;
            foreach (var weightPath in ReadNames(group.Attribute("weight_names")))
            {
                var dataset = group.Dataset(weightPath);
                var shape = dataset.Space.Dimensions.Select(d => (long)d).ToArray();
                var values = dataset.Read<float[]>();
                if (values.LongLength != shape.Aggregate(1L, (a, b) => a * b))
                    throw new KerasModelFormatException(file, $"weight '{weightPath}' holds {values.Length} values; its shape {KerasShapes.Text(shape)} says otherwise", label);
                weights.Add(new KerasWeight(weightPath[(weightPath.LastIndexOf('/') + 1)..], shape, values));
            }
        }
        catch (Exception e) when (e is not KerasModelFormatException and not OutOfMemoryException)
        {
            throw new KerasModelFormatException(file, $"its weights cannot be read ({e.GetType().Name}: {e.Message}); the file may be truncated or damaged", label, e);
        }
        return weights;
    }

    private static string? ReadStringAttribute(string file, IH5Object owner, string name)
    {
        try
        {
            if (!owner.AttributeExists(name))
                return null;
            var attribute = owner.Attribute(name);
            return attribute.Space.Dimensions.Length == 0 ? attribute.Read<string>() : attribute.Read<string[]>().FirstOrDefault();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new KerasModelFormatException(file, $"the root attribute '{name}' cannot be read ({e.Message}); the file may be truncated or damaged", inner: e);
        }
    }

    // A layer without weights has an empty weight_names array, which h5py stores with a float element type.
    private static string[] ReadNames(IH5Attribute attribute) =>
        attribute.Space.Dimensions switch
        {
            [] => [attribute.Read<string>()],
            var dims when dims.Any(d => d == 0) => [],
            _ => attribute.Read<string[]>(),
        };
}
