using DeepClustering.Deep;
using DeepClustering.Models;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepClustering.Keras;

/// <summary>
/// Loads the weights of a Keras model file into this library's models. Layers are matched one to one in the order of
/// the file's <c>model_config</c> (names differ from file to file), each checked for its class, settings and shapes.
/// </summary>
/// <remarks>
/// Conversions: convolution kernels (kh, kw, in, out) become (out, in, kh, kw); dense kernels (in, out) become
/// (out, in); a dense layer after <c>Flatten</c> or before <c>Reshape</c> has its rows or columns reordered from Keras'
/// channels-last (h, w, c) to channels-first (c, h, w); batch-norm moving mean and variance become the running statistics.
/// </remarks>
public static class KerasImport
{
    /// <summary>Loads a whole autoencoder file (encoder layers, then decoder layers) into <paramref name="model"/>.</summary>
    /// <exception cref="KerasModelFormatException">The file's layers, settings or shapes do not fit the model (file, layer and expected and found shapes named).</exception>
    public static void LoadAutoencoder(KerasModelFile file, Autoencoder model)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(model);
        var next = 0;
        long[] shape = [1, .. model.SampleShape];
        shape = LoadSequential(file, ref next, model.Encoder, shape, "encoder");
        LoadSequential(file, ref next, model.Decoder, shape, "decoder");
        RequireEnd(file, next, "the autoencoder");
    }

    /// <summary>Loads a DEC model file (encoder layers, then the clustering layer's centres) into <paramref name="model"/>, whose encoder takes samples of <paramref name="sampleShape"/>.</summary>
    /// <exception cref="KerasModelFormatException">The file's layers, settings or shapes do not fit the model.</exception>
    public static void LoadDec(KerasModelFile file, DecModel model, IReadOnlyList<long> sampleShape)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(model);
        var next = 0;
        LoadSequential(file, ref next, model.Encoder, [1, .. sampleShape], "encoder");
        var layer = Take(file, ref next, "ClusteringLayer", "the clustering layer after the encoder");
        var centres = model.Clustering.Centroids;
        var weight = RequireWeight(file, layer, "clusters:0", [centres.shape[0], centres.shape[1]]);
        using (no_grad())
        using (var values = Tensor(weight))
            model.Clustering.SetCentroids(values);
        RequireEnd(file, next, "the DEC model");
    }

    // Walks the children of a Sequential module beside the file's layers; returns the output shape (batch of 1).
    private static long[] LoadSequential(KerasModelFile file, ref int next, nn.Module<Tensor, Tensor> module, long[] inputShape, string part)
    {
        if (module is not Sequential sequential)
            throw new ArgumentException($"The {part} must be an nn.Sequential to load Keras layers into it, not {module.GetType().Name}.", nameof(module));
        var children = sequential.named_children().Select(c => c.module).ToList();
        var shapes = TraceShapes(sequential, inputShape);   // shapes[i] = input of child i; shapes[^1] = output
        using var guard = no_grad();
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            switch (child)
            {
                case Convolution2d conv:
                {
                    var layer = Take(file, ref next, "Conv2D", $"{part} child {i} (Convolution2d)");
                    RequireLinearActivation(file, layer);
                    RequireSetting(file, layer, "padding", conv.Padding == conv.Kernel / 2 ? "same" : "valid");
                    var kernel = RequireWeight(file, layer, "kernel:0", [conv.Kernel, conv.Kernel, conv.InputChannels, conv.OutputChannels]);
                    using (var k = Tensor(kernel).permute(3, 2, 0, 1))
                        conv.Weight.copy_(k);
                    CopyBias(file, layer, conv.Bias, conv.OutputChannels);
                    break;
                }
                case Linear linear:
                {
                    var layer = Take(file, ref next, "Dense", $"{part} child {i} (Linear)");
                    RequireLinearActivation(file, layer);
                    var kernel = RequireWeight(file, layer, "kernel:0", [linear.in_features, linear.out_features]);
                    using var k = Tensor(kernel);
                    using var rowsFirst = PreviousIsFlatten(children, i) is { } flat ? ChannelsLastRows(k, shapes[flat]) : k.alias();
                    var unflatten = NextUnflatten(children, i);
                    using var converted = unflatten is { } u ? ChannelsLastColumns(rowsFirst, shapes[u + 1]) : rowsFirst.alias();
                    using (var t = converted.t())
                        linear.weight!.copy_(t);
                    var bias = RequireWeight(file, layer, "bias:0", [linear.out_features]);
                    using var b = Tensor(bias);
                    using var reordered = unflatten is { } v ? ChannelsLastColumns(b.unsqueeze(0), shapes[v + 1]).squeeze(0) : b.alias();
                    linear.bias!.copy_(reordered);
                    break;
                }
                case BatchNorm2d norm:
                {
                    var layer = Take(file, ref next, "BatchNormalization", $"{part} child {i} (BatchNorm2d)");
                    if (layer.Number("epsilon") is { } eps && Math.Abs(eps - norm.eps) > 1e-12)
                        throw Misfit(file, layer, $"epsilon is {eps}; the model's batch norm uses {norm.eps}");
                    var c = norm.num_features;
                    Copy(RequireWeight(file, layer, "gamma:0", [c]), norm.weight!);
                    Copy(RequireWeight(file, layer, "beta:0", [c]), norm.bias!);
                    Copy(RequireWeight(file, layer, "moving_mean:0", [c]), norm.running_mean!);
                    Copy(RequireWeight(file, layer, "moving_variance:0", [c]), norm.running_var!);
                    break;
                }
                case ReLU:
                {
                    var layer = Take(file, ref next, "Activation", $"{part} child {i} (ReLU)");
                    RequireSetting(file, layer, "activation", "relu");
                    break;
                }
                case MaxPool2d pool:
                {
                    var layer = Take(file, ref next, "MaxPooling2D", $"{part} child {i} (MaxPool2d)");
                    RequireNumbers(file, layer, "pool_size", pool.kernel_size);
                    break;
                }
                case Upsample up:
                {
                    var layer = Take(file, ref next, "UpSampling2D", $"{part} child {i} (Upsample)");
                    var ours = up.mode switch
                    {
                        UpsampleMode.Bilinear when up.align_corners != true => "bilinear",
                        UpsampleMode.Nearest => "nearest",
                        _ => $"{up.mode} (align_corners={up.align_corners})",
                    };
                    var theirs = layer.Setting("interpolation") ?? "nearest";
                    if (theirs != ours)
                        throw Misfit(file, layer, $"interpolation is '{theirs}'; the model upsamples with '{ours}'");
                    break;
                }
                case Flatten:
                    Take(file, ref next, "Flatten", $"{part} child {i} (Flatten)");
                    break;
                case Unflatten:
                {
                    var layer = Take(file, ref next, "Reshape", $"{part} child {i} (Unflatten)");
                    var output = shapes[i + 1];
                    long[] channelsLast = [output[2], output[3], output[1]];
                    RequireNumbers(file, layer, "target_shape", channelsLast);
                    break;
                }
                default:
                    throw new ArgumentException($"The {part}'s child {i} ({child.GetType().Name}) has no Keras counterpart this loader knows.", nameof(module));
            }
        }
        return shapes[^1];
    }

    private static List<long[]> TraceShapes(Sequential sequential, long[] inputShape)
    {
        var wasTraining = sequential.training;
        sequential.eval();
        try
        {
            using var scope = NewDisposeScope();
            using var guard = no_grad();
            var x = zeros(inputShape);
            var shapes = new List<long[]> { x.shape };
            foreach (var (_, child) in sequential.named_children())
            {
                x = ((nn.Module<Tensor, Tensor>)child).call(x);
                shapes.Add(x.shape);
            }
            return shapes;
        }
        finally
        {
            sequential.train(wasTraining);
        }
    }

    // Kernel rows indexed (h, w, c) as Keras flattens -> (c, h, w) as torch flattens; map = [1, c, h, w].
    private static Tensor ChannelsLastRows(Tensor kernel, long[] map) =>
        kernel.reshape(map[2], map[3], map[1], -1).permute(2, 0, 1, 3).reshape(map[1] * map[2] * map[3], -1);

    // Kernel columns indexed (h, w, c) as Keras reshapes -> (c, h, w); map = [1, c, h, w].
    private static Tensor ChannelsLastColumns(Tensor kernel, long[] map) =>
        kernel.reshape(-1, map[2], map[3], map[1]).permute(0, 3, 1, 2).reshape(-1, map[1] * map[2] * map[3]);

    private static int? PreviousIsFlatten(IReadOnlyList<nn.Module> children, int i)
    {
        for (var j = i - 1; j >= 0 && children[j] is ReLU or Flatten; j--)
            if (children[j] is Flatten)
                return j;
        return null;
    }

    private static int? NextUnflatten(IReadOnlyList<nn.Module> children, int i)
    {
        for (var j = i + 1; j < children.Count && children[j] is ReLU or Unflatten; j++)
            if (children[j] is Unflatten)
                return j;
        return null;
    }

    private static KerasLayer Take(KerasModelFile file, ref int next, string keras, string ours)
    {
        if (next >= file.Layers.Count)
            throw new KerasModelFormatException(file.Path, $"the file has only {file.Layers.Count} layers; expected a {keras} layer for {ours}");
        var layer = file.Layers[next++];
        if (layer.ClassName != keras)
            throw Misfit(file, layer, $"expected a {keras} layer for {ours}, found {layer.ClassName}");
        return layer;
    }

    private static void RequireEnd(KerasModelFile file, int next, string what)
    {
        if (next < file.Layers.Count)
            throw new KerasModelFormatException(file.Path,
                $"{file.Layers.Count - next} layers are left after {what} was loaded, starting with {file.Layers[next].Label}; expected {next} layers in all");
    }

    private static KerasWeight RequireWeight(KerasModelFile file, KerasLayer layer, string name, long[] expected)
    {
        var weight = layer.Weight(name)
            ?? throw Misfit(file, layer, $"has no weight '{name}' (found {(layer.Weights.Count == 0 ? "none" : string.Join(", ", layer.Weights.Select(w => w.Name)))})");
        if (!weight.Shape.SequenceEqual(expected))
            throw Misfit(file, layer, $"'{name}' has shape {weight.ShapeText}; expected {KerasShapes.Text(expected)}");
        return weight;
    }

    private static void RequireLinearActivation(KerasModelFile file, KerasLayer layer)
    {
        var activation = layer.Setting("activation") ?? "linear";
        if (activation != "linear")
            throw Misfit(file, layer, $"has the built-in activation '{activation}'; expected 'linear' (the model applies its activations as separate layers)");
    }

    private static void RequireSetting(KerasModelFile file, KerasLayer layer, string key, string expected)
    {
        var found = layer.Setting(key);
        if (found != expected)
            throw Misfit(file, layer, $"{key} is '{found ?? "(absent)"}'; expected '{expected}'");
    }

    private static void RequireNumbers(KerasModelFile file, KerasLayer layer, string key, long[] expected)
    {
        var found = layer.Numbers(key);
        if (found is null || !found.SequenceEqual(expected))
            throw Misfit(file, layer, $"{key} is {(found is null ? "(absent)" : KerasShapes.Text(found))}; expected {KerasShapes.Text(expected)}");
    }

    private static void CopyBias(KerasModelFile file, KerasLayer layer, Tensor? bias, long size)
    {
        if (bias is null)
            throw new ArgumentException($"The model's layer for {layer.Label} has no bias, but the file has one.");
        Copy(RequireWeight(file, layer, "bias:0", [size]), bias);
    }

    private static void Copy(KerasWeight weight, Tensor target)
    {
        using var values = Tensor(weight);
        target.copy_(values);
    }

    private static Tensor Tensor(KerasWeight weight) => tensor(weight.Values, weight.Shape, ScalarType.Float32);

    private static KerasModelFormatException Misfit(KerasModelFile file, KerasLayer layer, string problem) =>
        new(file.Path, problem, layer.Label);
}
