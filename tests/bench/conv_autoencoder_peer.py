"""PyTorch peer of `deep-clustering bench conv-autoencoder`: experiment 5's batch-norm conv autoencoder (the layers of
lib/DeepClustering/Models/BatchNormConvAutoencoder.cs: Glorot-uniform kernels, zero biases, Keras batch-norm constants),
Adam lr 1e-4 eps 1e-7, MSE, batch 32, one seeded permutation per epoch with index_select batches, then the validation
pass (no gradients, evaluation mode, batches of 1024), on the first N MNIST training images /255. A 3-batch warm-up on a
separate model is excluded. Prints one JSON object.

--upsampling chooses the decoder's upsampling: bilinear (Keras UpSampling2D(interpolation="bilinear"), i.e.
align_corners=False; the default) or nearest; pass the mode our side reports so both run the same model.

Run with Debian's torch: OPENBLAS_NUM_THREADS=2 /usr/bin/python3 tests/bench/conv_autoencoder_peer.py --threads 2 --n 4000
"""
import argparse
import gzip
import json
import os
import struct
import time

import numpy as np
import torch
from torch import nn

from peer_training import train_epoch


def read_images(path):
    if os.path.exists(path):
        data = open(path, "rb").read()
    else:
        data = gzip.open(path + ".gz", "rb").read()
    magic, count, rows, cols = struct.unpack(">iiii", data[:16])
    assert magic == 0x803 and len(data) == 16 + count * rows * cols, path
    return np.frombuffer(data, dtype=np.uint8, offset=16).reshape(count, 1, rows, cols)


def conv(cin, cout, k):
    return nn.Conv2d(cin, cout, k, stride=1, padding=k // 2)


def batch_norm(c):
    return nn.BatchNorm2d(c, eps=1e-3, momentum=0.01)


def upsample(mode):
    return nn.Upsample(scale_factor=2, mode=mode) if mode == "nearest" else nn.Upsample(scale_factor=2, mode=mode, align_corners=False)


def model(mode, code=10, channels=1, h=7, w=7):
    flat = 8 * h * w
    encoder = nn.Sequential(
        conv(channels, 32, 7), nn.ReLU(), batch_norm(32), nn.MaxPool2d(2, 2),
        conv(32, 16, 5), nn.ReLU(), batch_norm(16), nn.MaxPool2d(2, 2),
        conv(16, 8, 3), nn.ReLU(), batch_norm(8),
        nn.Flatten(), nn.ReLU(), nn.Linear(flat, 128), nn.ReLU(), nn.Linear(128, code))
    decoder = nn.Sequential(
        nn.Linear(code, 128), nn.ReLU(), nn.Linear(128, flat), nn.ReLU(), nn.Unflatten(1, (8, h, w)),
        conv(8, 8, 3), nn.ReLU(), batch_norm(8), upsample(mode),
        conv(8, 16, 5), nn.ReLU(), batch_norm(16), upsample(mode),
        conv(16, 32, 7), nn.ReLU(), conv(32, channels, 3), nn.ReLU())
    net = nn.Sequential(encoder, decoder)
    for m in net.modules():
        if isinstance(m, (nn.Linear, nn.Conv2d)):
            nn.init.xavier_uniform_(m.weight)
            nn.init.zeros_(m.bias)
    return net


def train_one_epoch(net, x, batch_size, generator):
    net.train()
    return train_epoch(net, torch.optim.Adam(net.parameters(), lr=1e-4, eps=1e-7), x, batch_size, generator)


def validate(net, x, batch_size=1024):
    net.eval()
    loss_fn = nn.MSELoss()
    total = 0.0
    with torch.no_grad():
        for start in range(0, x.shape[0], batch_size):
            batch = x[start:start + batch_size]
            total += loss_fn(net(batch), batch).item() * batch.shape[0]
    net.train()
    return total / x.shape[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", default=os.environ.get("DEEPCLUSTERING_DATA", "data"))
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--n", type=int, default=4000, help="training images")
    parser.add_argument("--validation", type=int, default=1000, help="validation images (the next ones)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--upsampling", choices=["bilinear", "nearest"], default="bilinear")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    started = time.perf_counter()
    pixels = read_images(os.path.join(args.data_dir, "mnist", "train-images-idx3-ubyte"))[:args.n + args.validation]
    x = torch.from_numpy(pixels.copy()).float().div_(255)
    train, valid = x[:args.n], x[args.n:]
    load_seconds = time.perf_counter() - started

    generator = torch.Generator().manual_seed(args.seed)
    warm = model(args.upsampling)
    train_one_epoch(warm, train[:3 * args.batch_size], args.batch_size, generator)
    validate(warm, valid[:64])
    net = model(args.upsampling)
    started = time.perf_counter()
    loss = train_one_epoch(net, train, args.batch_size, generator)
    train_seconds = time.perf_counter() - started
    started = time.perf_counter()
    validation_loss = validate(net, valid) if valid.shape[0] > 0 else float("nan")
    validation_seconds = time.perf_counter() - started
    print(json.dumps({
        "benchmark": "conv-autoencoder",
        "implementation": "PyTorch " + torch.__version__,
        "upsampling": args.upsampling,
        "n": int(train.shape[0]),
        "validation_n": int(valid.shape[0]),
        "batch_size": args.batch_size,
        "threads": torch.get_num_threads(),
        "mkldnn": torch.backends.mkldnn.is_available(),
        "train_seconds": round(train_seconds, 3),
        "train_ms_per_image": round(1000 * train_seconds / train.shape[0], 4),
        "validation_seconds": round(validation_seconds, 3),
        "validation_ms_per_image": round(1000 * validation_seconds / max(1, valid.shape[0]), 4),
        "loss": round(loss, 6),
        "validation_loss": round(validation_loss, 6),
        "load_seconds": round(load_seconds, 3),
    }))


if __name__ == "__main__":
    main()
