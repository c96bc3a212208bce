using static TorchSharp.torch;

namespace DeepClustering.IO;

/// <summary>Saves and loads module weights in TorchSharp's state-dict format; saving is atomic (temp file +
/// rename).</summary>
public static class Checkpoint
{
    /// <summary>Writes <paramref name="module"/>'s state dict to <paramref name="path"/>; an existing file is replaced
    /// only on success.</summary>
    public static void Save(nn.Module module, string path)
    {
        AtomicFile.Write(path, stream =>
        {
            using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            module.save(writer);
        });
    }

    /// <summary>Loads weights saved by <see cref="Save"/> into <paramref name="module"/> (same architecture).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a checkpoint of this architecture.</exception>
    public static void Load(nn.Module module, string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Checkpoint '{path}' does not exist.", path);
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new BinaryReader(stream);
            module.load(reader, strict: true);
            if (stream.Position != stream.Length)
                throw new InvalidDataException($"Checkpoint '{path}' has {stream.Length - stream.Position} unread bytes after offset {stream.Position}.");
        }
        catch (Exception e) when (e is not InvalidDataException and not FileNotFoundException)
        {
            throw new InvalidDataException(
                $"Checkpoint '{path}' does not match the module {module.GetType().Name}: {e.Message}", e);
        }
    }
}
