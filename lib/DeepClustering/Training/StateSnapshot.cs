using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Training;

/// <summary>An in-memory copy of a module's state dict (parameters and buffers), for best-epoch checkpointing.</summary>
public sealed class StateSnapshot : IDisposable
{
    private readonly Dictionary<string, Tensor> _state;

    private StateSnapshot(Dictionary<string, Tensor> state) => _state = state;

    /// <summary>Copies every entry of <paramref name="module"/>'s state dict (detached clones, outside any dispose scope).</summary>
    public static StateSnapshot Capture(nn.Module module)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var copy = new Dictionary<string, Tensor>();
        foreach (var (name, tensor) in module.state_dict())
            copy[name] = tensor.detach().clone().DetachFromDisposeScope();
        return new StateSnapshot(copy);
    }

    /// <summary>Copies the snapshot back into <paramref name="module"/> (same architecture required).</summary>
    public void Restore(nn.Module module)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var target = module.state_dict();
        foreach (var (name, tensor) in _state)
        {
            if (!target.TryGetValue(name, out var destination))
                throw new ArgumentException($"The module has no state entry '{name}' that the snapshot holds.", nameof(module));
            destination.copy_(tensor);
        }
    }

    /// <summary>Writes the snapshot (entry names and tensors, in TorchSharp's tensor format) to <paramref name="writer"/>.</summary>
    public void Save(BinaryWriter writer)
    {
        writer.Write(_state.Count);
        foreach (var (name, tensor) in _state)
        {
            writer.Write(name);
            tensor.Save(writer);
        }
    }

    /// <summary>Reads a snapshot written by <see cref="Save"/>; <paramref name="module"/> (same architecture) gives the entries' shapes.</summary>
    /// <exception cref="InvalidDataException">The stored entries do not match the module's state dict.</exception>
    public static StateSnapshot Read(BinaryReader reader, nn.Module module)
    {
        var snapshot = Capture(module);
        try
        {
            var count = reader.ReadInt32();
            if (count != snapshot._state.Count)
                throw new InvalidDataException($"Stored snapshot has {count} entries; the module has {snapshot._state.Count}.");
            for (var i = 0; i < count; i++)
            {
                var name = reader.ReadString();
                if (!snapshot._state.TryGetValue(name, out var destination))
                    throw new InvalidDataException($"Stored snapshot entry '{name}' is not in the module's state dict.");
                using var noGrad = no_grad();
                destination.Load(reader);
            }
            return snapshot;
        }
        catch
        {
            snapshot.Dispose();
            throw;
        }
    }

    /// <summary>Frees the copied tensors.</summary>
    public void Dispose()
    {
        foreach (var tensor in _state.Values) tensor.Dispose();
        _state.Clear();
    }
}
