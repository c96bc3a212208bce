using System.Text.Json;
using DeepClustering.Tests.Golden;
using DeepClustering.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Tests.Training;

/// <summary>Keras' Adam against tests/golden/keras_adam.json (NumPy, from TF's published update formula).</summary>
public sealed class KerasAdamTests
{
    public static TheoryData<int> Cases() => [0, 1, 2];

    private static JsonElement Case(int index)
    {
        var path = Path.Combine(GoldenCase.RepositoryRoot(), "tests", "golden", "keras_adam.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement[index].Clone();
    }

    private static float[] Floats(JsonElement array) => array.EnumerateArray().Select(v => v.GetSingle()).ToArray();

    /// <summary>
    /// Runs <paramref name="kind"/> on the golden's problem; returns the weights after each recorded step.
    /// </summary>
    private static Dictionary<int, float[][]> Run(JsonElement golden, OptimizerKind kind)
    {
        using var scope = NewDisposeScope();
        var specs = golden.GetProperty("params").EnumerateArray().ToArray();
        var weights = specs
            .Select(p => new TorchSharp.Modules.Parameter(tensor(Floats(p.GetProperty("w0"))))).ToArray();
        var targets = specs.Select(p => tensor(Floats(p.GetProperty("target")))).ToArray();
        var scales = specs.Select(p => tensor(Floats(p.GetProperty("scale")))).ToArray();
        using var optimizer = Optimizers.Create(kind, weights, golden.GetProperty("lr").GetDouble(),
            epsilon: golden.GetProperty("epsilon").GetDouble());
        var recorded = golden.GetProperty("weights_after").EnumerateObject().Select(p => int.Parse(p.Name)).ToHashSet();
        var result = new Dictionary<int, float[][]>();
        for (var step = 1; step <= golden.GetProperty("steps").GetInt32(); step++)
        {
            using var stepScope = NewDisposeScope();
            optimizer.zero_grad();
            var loss = weights.Select((w, i) => (scales[i] * (w - targets[i]).square()).sum() / 2)
                .Aggregate((a, b) => a + b);
            loss.backward();
            optimizer.step();
            if (recorded.Contains(step))
                result[step] = weights.Select(w => w.detach().data<float>().ToArray()).ToArray();
        }
        return result;
    }

    /// <summary>
    /// The largest error, in units of "float32 rounding" of the weight and of the distance it travelled.
    /// </summary>
    private static double WorstError(JsonElement golden, Dictionary<int, float[][]> ours)
    {
        var worst = 0.0;
        var start = golden.GetProperty("params").EnumerateArray().Select(p => Floats(p.GetProperty("w0"))).ToArray();
        foreach (var step in golden.GetProperty("weights_after").EnumerateObject())
        {
            var expected = step.Value.EnumerateArray().Select(Floats).ToArray();
            for (var p = 0; p < expected.Length; p++)
                for (var i = 0; i < expected[p].Length; i++)
                {
                    var travelled = Math.Abs(expected[p][i] - start[p][i]);
                    // about 8 float32 ulps of the weight, plus 1e-5 of the distance it travelled
                    // (rounding over 120 steps)
                    var allowed = 1e-6 * Math.Abs(expected[p][i]) + 1e-5 * travelled + 1e-30;
                    worst = Math.Max(worst, Math.Abs(ours[int.Parse(step.Name)][p][i] - expected[p][i]) / allowed);
                }
        }
        return worst;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Keras_adam_matches_the_tf_formula_within_float32_rounding(int index)
    {
        var golden = Case(index);
        var worst = WorstError(golden, Run(golden, OptimizerKind.KerasAdam));
        Assert.True(worst <= 1,
            $"{golden.GetProperty("name")}: worst error {worst:0.###} of the float32 rounding allowed");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Torch_adam_does_not_match_it(int index)
    {
        var golden = Case(index);
        var worst = WorstError(golden, Run(golden, OptimizerKind.Adam));
        Assert.True(worst > 100,
            $"{golden.GetProperty("name")}: torch's Adam came within {worst:0.###} of the allowed error");
    }

    [Fact]
    public void Its_state_survives_save_and_load_so_training_resumes_bit_for_bit()
    {
        var golden = Case(0);
        using var scope = NewDisposeScope();
        var w0 = Floats(golden.GetProperty("params")[0].GetProperty("w0"));
        var scale = tensor(Floats(golden.GetProperty("params")[0].GetProperty("scale")));
        float[] Train(int steps, Func<KerasAdam, KerasAdam>? halfway)
        {
            var w = new TorchSharp.Modules.Parameter(tensor(w0));
            var optimizer = new KerasAdam([w]);
            for (var step = 1; step <= steps; step++)
            {
                optimizer.zero_grad();
                (scale * w.square()).sum().backward();
                optimizer.step();
                if (step == steps / 2 && halfway is not null)
                    optimizer = halfway(optimizer);
            }
            return w.detach().data<float>().ToArray();
        }

        var straight = Train(20, null);
        var resumed = Train(20, optimizer =>
        {
            using var stream = new MemoryStream();
            optimizer.save_state_dict(new BinaryWriter(stream));
            var again = new KerasAdam(optimizer.parameters());
            stream.Position = 0;
            again.load_state_dict(new BinaryReader(stream));
            return again;
        });
        Assert.Equal(straight, resumed);
    }
}
