"""PyTorch peer of `deep-clustering bench autoencoder`: the same 784-500-500-2000-10 autoencoder (ReLU hidden,
linear code and output, Glorot-uniform weights, zero biases), Adam lr 1e-3, MSE, batch 256, one seeded permutation per
epoch with index_select batches, a 3-batch warm-up on a separate model, on MNIST 70k /255. Prints one JSON object.

Run with Debian's torch: /usr/bin/python3 tests/bench/autoencoder_peer.py --threads 2 [--data-dir DIR] [--limit N]
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
    return np.frombuffer(data, dtype=np.uint8, offset=16).reshape(count, rows * cols)


def dec_standard():
    sizes = [784, 500, 500, 2000, 10]

    def stack(widths):
        layers = []
        for i in range(len(widths) - 1):
            layers.append(nn.Linear(widths[i], widths[i + 1]))
            if i + 2 < len(widths):
                layers.append(nn.ReLU())
        return nn.Sequential(*layers)

    model = nn.Sequential(stack(sizes), stack(sizes[::-1]))
    for m in model.modules():
        if isinstance(m, nn.Linear):
            nn.init.xavier_uniform_(m.weight)
            nn.init.zeros_(m.bias)
    return model


def fit(model, x, epochs, batch_size, generator):
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    last = float("nan")
    for _ in range(epochs):
        last = train_epoch(model, optimizer, x, batch_size, generator)
    return last


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", default=os.environ.get("DEEPCLUSTERING_DATA", "data"))
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    started = time.perf_counter()
    mnist = os.path.join(args.data_dir, "mnist")
    pixels = np.concatenate([read_images(os.path.join(mnist, "train-images-idx3-ubyte")),
                             read_images(os.path.join(mnist, "t10k-images-idx3-ubyte"))])
    x = torch.from_numpy(pixels).float().div_(255)
    if 0 < args.limit < x.shape[0]:
        x = x[:args.limit]
    load_seconds = time.perf_counter() - started

    generator = torch.Generator().manual_seed(args.seed)
    fit(dec_standard(), x[:min(3 * args.batch_size, x.shape[0])], 1, args.batch_size, generator)
    model = dec_standard()
    started = time.perf_counter()
    loss = fit(model, x, args.epochs, args.batch_size, generator)
    seconds = time.perf_counter() - started
    print(json.dumps({
        "benchmark": "autoencoder",
        "implementation": "PyTorch " + torch.__version__,
        "model": "784-500-500-2000-10",
        "n": int(x.shape[0]),
        "batch_size": args.batch_size,
        "epochs": args.epochs,
        "threads": torch.get_num_threads(),
        "seconds": round(seconds, 3),
        "seconds_per_epoch": round(seconds / args.epochs, 3),
        "final_loss": round(loss, 6),
        "load_seconds": round(load_seconds, 3),
    }))


if __name__ == "__main__":
    main()
