#!/usr/bin/python3
"""scikit-learn side of tests/bench/compare-kmeans.sh: the same three benchmarks as `deep-clustering bench`.

    /usr/bin/python3 tests/bench/kmeans_peer.py kmeans|silhouette|dunn [--seed S] [--repeat R] [--dtype float64|float32]

kmeans: KMeans(n_clusters=10, n_init=1, algorithm="lloyd") on all 70,000 MNIST images (pixels / 255), timing fit only.
silhouette: silhouette_score on the 10,000 test images with their true labels. dunn: scikit-learn has no Dunn index; a
blockwise NumPy version (pairwise_distances_chunked) stands in, for reference only. Prints one JSON object.
"""
import argparse
import json
import os
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.metrics import pairwise_distances_chunked, silhouette_score
from threadpoolctl import threadpool_info


def idx(path):
    with open(path, "rb") as f:
        raw = f.read()
    dims = raw[3]
    shape = np.frombuffer(raw[4:4 + 4 * dims], dtype=">i4")
    return np.frombuffer(raw[4 + 4 * dims:], dtype=np.uint8).reshape(shape[0], -1)


def dunn(X, labels):
    lo, hi = np.inf, 0.0
    start = 0
    for block in pairwise_distances_chunked(X):
        same = labels[start:start + len(block), None] == labels[None, :]
        lo = min(lo, block[~same].min())
        hi = max(hi, block[same].max())
        start += len(block)
    return float(lo / hi)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("benchmark", choices=["kmeans", "silhouette", "dunn"])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--dtype", default="float64", choices=["float64", "float32"])
    parser.add_argument("--data-dir", default=os.environ.get("DEEPCLUSTERING_DATA", "data"))
    parser.add_argument("--split", default="all", choices=["all", "train"], help="k-means images: all 70k or the 60k training set")
    args = parser.parse_args()
    mnist = os.path.join(args.data_dir, "mnist")
    start = time.perf_counter()
    if args.benchmark == "kmeans":
        X = idx(os.path.join(mnist, "train-images-idx3-ubyte"))
        if args.split == "all":
            X = np.concatenate([X, idx(os.path.join(mnist, "t10k-images-idx3-ubyte"))])
    else:
        X = idx(os.path.join(mnist, "t10k-images-idx3-ubyte"))
        y = idx(os.path.join(mnist, "t10k-labels-idx1-ubyte")).ravel()
    X = X.astype(args.dtype) / 255.0
    result = {"benchmark": args.benchmark, "peer": "scikit-learn " + sklearn.__version__, "dtype": args.dtype,
              "n": int(X.shape[0]), "d": int(X.shape[1]),
              "threads": max(t["num_threads"] for t in threadpool_info()), "load_seconds": time.perf_counter() - start}
    times = []
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        if args.benchmark == "kmeans":
            km = KMeans(n_clusters=10, n_init=1, algorithm="lloyd", random_state=args.seed).fit(X)
            times.append(time.perf_counter() - start)
            result.update(k=10, inertia=float(km.inertia_), iterations=int(km.n_iter_))
        elif args.benchmark == "silhouette":
            result["silhouette"] = float(silhouette_score(X, y))
            times.append(time.perf_counter() - start)
        else:
            result["dunn"] = dunn(X, y)
            times.append(time.perf_counter() - start)
    result["seconds"] = min(times)
    result["all_seconds"] = times
    print(json.dumps(result))


if __name__ == "__main__":
    main()
