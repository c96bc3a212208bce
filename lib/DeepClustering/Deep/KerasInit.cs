using TorchSharp;
using static TorchSharp.torch;

namespace DeepClustering.Deep;

/// <summary>Keras' default layer initialisation (Glorot-uniform kernels, zero biases), which the original experiments used.</summary>
internal static class KerasInit
{
    /// <summary>Re-initialises every Conv2d and Linear layer inside <paramref name="module"/> from torch's global generator.</summary>
    public static void Apply(nn.Module module)
    {
        using var noGrad = no_grad();
        foreach (var (_, child) in module.named_modules())
        {
            switch (child)
            {
                case TorchSharp.Modules.Conv2d conv:
                    nn.init.xavier_uniform_(conv.weight);
                    if (conv.bias is not null) nn.init.zeros_(conv.bias);
                    break;
                case TorchSharp.Modules.Linear linear:
                    nn.init.xavier_uniform_(linear.weight);
                    if (linear.bias is not null) nn.init.zeros_(linear.bias);
                    break;
            }
        }
    }
}
