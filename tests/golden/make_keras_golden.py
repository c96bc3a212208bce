#!/usr/bin/python3
"""Writes tests/golden/keras_experiment5_fold0.json: experiment 5's published fold-0 autoencoder and DEC model, run on
the first 64 MNIST test images by a forward pass written here from the Keras layer semantics (channels-last flatten and
reshape, UpSampling2D bilinear with half-pixel centres, BatchNormalization with the moving statistics), with the
weights read by h5py. It is independent of the C# loader: no weight is reordered, the activations are permuted instead.

Run with Debian's interpreter, h5py and PyTorch (apt-get install python3-h5py python3-torch), with DEEPCLUSTERING_DATA
pointing at a root holding mnist/ and deep-clustering-luizamarnet/:
    /usr/bin/python3 tests/golden/make_keras_golden.py
"""
import json
import os

import h5py
import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ["DEEPCLUSTERING_DATA"]
COUNT = 64


def layers(path):
    """(class, config, {weight name: array}) in model_config order, input layers left out."""
    f = h5py.File(path, "r")
    config = json.loads(f.attrs["model_config"])
    weights = f["model_weights"]
    out = []
    for layer in config["config"]["layers"]:
        if layer["class_name"] == "InputLayer":
            continue
        name = layer["config"]["name"]
        group = weights[name] if name in weights else None
        arrays = {}
        if group is not None:
            for w in group.attrs["weight_names"]:
                w = w.decode() if isinstance(w, bytes) else w
                arrays[w.split("/")[-1]] = np.array(group[w], dtype=np.float64)
        out.append((layer["class_name"], layer["config"], arrays))
    return out


def run(model, x):
    """Keras semantics on NCHW float64 tensors; returns the output of every layer."""
    outputs = []
    for cls, cfg, w in model:
        if cls == "Conv2D":
            kernel = torch.from_numpy(w["kernel:0"]).permute(3, 2, 0, 1)  # (kh, kw, in, out) is how Keras stores it
            x = F.conv2d(x, kernel, torch.from_numpy(w["bias:0"]), padding=kernel.shape[-1] // 2)
        elif cls == "Activation":
            x = torch.relu(x) if cfg["activation"] == "relu" else x
        elif cls == "BatchNormalization":
            shape = (1, -1, 1, 1) if x.dim() == 4 else (1, -1)
            mean, var = (torch.from_numpy(w[k]).view(shape) for k in ("moving_mean:0", "moving_variance:0"))
            gamma, beta = (torch.from_numpy(w[k]).view(shape) for k in ("gamma:0", "beta:0"))
            x = (x - mean) / torch.sqrt(var + cfg["epsilon"]) * gamma + beta
        elif cls == "MaxPooling2D":
            x = F.max_pool2d(x, cfg["pool_size"])
        elif cls == "Flatten":
            x = x.permute(0, 2, 3, 1).reshape(x.shape[0], -1)  # channels-last flatten
        elif cls == "Dense":
            x = x @ torch.from_numpy(w["kernel:0"]) + torch.from_numpy(w["bias:0"])
        elif cls == "Reshape":
            h, wd, c = cfg["target_shape"]
            x = x.reshape(x.shape[0], h, wd, c).permute(0, 3, 1, 2)
        elif cls == "UpSampling2D":
            mode = cfg.get("interpolation", "nearest")
            x = F.interpolate(x, scale_factor=2, mode=mode, align_corners=False if mode == "bilinear" else None)
        elif cls == "ClusteringLayer":
            mu = torch.from_numpy(w["clusters:0"])
            d2 = ((x[:, None, :] - mu[None, :, :]) ** 2).sum(-1)
            q = 1.0 / (1.0 + d2)
            x = q / q.sum(1, keepdim=True)
        else:
            raise ValueError(cls)
        outputs.append(x)
    return outputs


with open(os.path.join(ROOT, "mnist", "t10k-images-idx3-ubyte"), "rb") as f:
    images = np.frombuffer(f.read(), dtype=np.uint8, offset=16)[: COUNT * 784].reshape(COUNT, 1, 28, 28) / 255.0
x = torch.from_numpy(images)
folder = os.path.join(ROOT, "deep-clustering-luizamarnet")
with torch.no_grad():
    ae = layers(os.path.join(folder, "Encoder_model_0.h5"))
    ae_out = run(ae, x)
    code_index = [i for i, (cls, cfg, _) in enumerate(ae) if cfg["name"] == "encodedLayer"][0]
    dec_out = run(layers(os.path.join(folder, "Keras_Deep_Clustering_model_0.h5")), x)
codes = ae_out[code_index]
reconstruction = ae_out[-1]
q = dec_out[-1]
result = {
    "images": COUNT,
    "codes": codes.tolist(),
    "mse_per_image": ((reconstruction - x) ** 2).mean(dim=(1, 2, 3)).tolist(),
    "reconstruction_first": reconstruction[0, 0].reshape(-1).tolist(),
    "dec_q": q.tolist(),
    "dec_labels": q.argmax(1).tolist(),
    "torch": torch.__version__,
    "h5py": h5py.__version__,
}
path = os.path.join(HERE, "keras_experiment5_fold0.json")
with open(path + ".tmp", "w") as f:
    json.dump(result, f)
os.replace(path + ".tmp", path)
print(path, "mean MSE", float(np.mean(result["mse_per_image"])))
