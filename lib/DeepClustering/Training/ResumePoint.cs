using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DeepClustering.IO;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>
/// Where an unfinished <see cref="Trainer.Fit"/> stood after its last finished epoch: the counters and history, written
/// together with the model, the optimiser, the shuffling generator and the best-by-validation weights so that training
/// resumes with the very numbers an uninterrupted run would produce.
/// </summary>
/// <param name="Identity">What was being trained (options and data); a resume file only continues the same run.</param>
/// <param name="Epoch">The last finished epoch.</param>
/// <param name="Iteration">Mini-batches done so far.</param>
/// <param name="BestLoss">The lowest validation loss so far (infinity without validation).</param>
/// <param name="BestEpoch">The epoch of <paramref name="BestLoss"/> (0 when none).</param>
/// <param name="Elapsed">Training wall time so far, over every run that contributed.</param>
/// <param name="History">The finished epochs.</param>
public sealed record ResumePoint(
    string Identity, int Epoch, long Iteration, double BestLoss, int BestEpoch, TimeSpan Elapsed, IReadOnlyList<EpochRecord> History)
{
    private const string Magic = "DeepClustering.ResumePoint";
    private const int Version = 1;

    /// <summary>Writes this point with the training state to <paramref name="path"/>, atomically (an interruption leaves the previous point intact).</summary>
    public void Save(string path, nn.Module model, OptimizerHelper optimizer, Generator shuffle, StateSnapshot? best)
    {
        AtomicFile.Write(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(JsonSerializer.Serialize(this, ResumeJson.Default.ResumePoint));
            using (var state = shuffle.get_state())
            {
                var bytes = state.data<byte>().ToArray();
                writer.Write(bytes.Length);
                writer.Write(bytes);
            }
            model.save(writer);
            optimizer.save_state_dict(writer);
            writer.Write(best is not null);
            best?.Save(writer);
        });
    }

    /// <summary>
    /// Reads the point in <paramref name="path"/> and loads the saved state into <paramref name="model"/>,
    /// <paramref name="optimizer"/> and <paramref name="shuffle"/>; <paramref name="best"/> receives the best-by-validation
    /// weights when the point has them.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a resume point, or one of a different run (names the file and what differs).</exception>
    public static ResumePoint Load(string path, string identity, nn.Module model, OptimizerHelper optimizer, Generator shuffle, out StateSnapshot? best)
    {
        best = null;
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            if (reader.ReadString() != Magic)
                throw new InvalidDataException($"Resume file '{path}': expected a training resume point at offset 0.");
            var version = reader.ReadInt32();
            if (version != Version)
                throw new InvalidDataException($"Resume file '{path}': expected format version {Version} but found {version}.");
            var point = JsonSerializer.Deserialize(reader.ReadString(), ResumeJson.Default.ResumePoint)
                ?? throw new InvalidDataException($"Resume file '{path}': empty header.");
            if (point.Identity != identity)
                throw new InvalidDataException(
                    $"Resume file '{path}' belongs to a different training run (expected '{identity}', found '{point.Identity}'); delete it to start over.");
            var length = reader.ReadInt32();
            using (var state = tensor(reader.ReadBytes(length), ScalarType.Byte))
                shuffle.set_state(state);
            model.load(reader, strict: true);
            optimizer.load_state_dict(reader);
            if (reader.ReadBoolean())
                best = StateSnapshot.Read(reader, model);
            return point;
        }
        catch (Exception e) when (e is EndOfStreamException or JsonException or ArgumentException or FormatException)
        {
            throw new InvalidDataException($"Resume file '{path}' is unreadable at offset {stream.Position}: {e.Message}", e);
        }
    }
}

/// <summary>Source-generated JSON for <see cref="ResumePoint"/>'s header (works where reflection-based JSON is off).</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ResumePoint))]
internal sealed partial class ResumeJson : JsonSerializerContext;
