using System.Security.Cryptography;
using System.Text;
using static TorchSharp.torch;

namespace DeepClustering.Caching;

/// <summary>
/// The identity of a module as training starts: its structure (module types and versions, state names, types and
/// shapes) and every value of its state, so the initialiser, its seed and any loaded weights are all part of it.
/// </summary>
public static class ModelFingerprint
{
    /// <summary>A 64-hex-digit SHA-256 of <paramref name="module"/>'s structure and state values.</summary>
    public static string Of(nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Structure(module)));
        foreach (var (_, tensor) in module.state_dict())
        {
            using var values = tensor.detach().cpu().contiguous();
            hash.AppendData(values.bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The structure as text, a line per module (path, type, forward version) and per state entry (name, type, shape).
    /// </summary>
    public static string Structure(nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var text = new StringBuilder();
        text.Append("module : ").AppendLine(TypeName(module));
        foreach (var (name, child) in module.named_modules())
            text.Append("module ").Append(name).Append(" : ").AppendLine(TypeName(child));
        foreach (var (name, tensor) in module.state_dict())
            text.Append("state ").Append(name).Append(" : ").Append(tensor.dtype)
                .Append(" [").Append(string.Join(",", tensor.shape)).AppendLine("]");
        return text.ToString();
    }

    private static string TypeName(nn.Module module)
    {
        var type = module.GetType();
        var version = Attribute.GetCustomAttribute(type, typeof(ModelVersionAttribute)) as ModelVersionAttribute;
        return version is null ? type.FullName ?? type.Name : $"{type.FullName} v{version.Version}";
    }
}
