#!/usr/bin/python3
"""Writes the scikit-learn golden files the C# tests compare against.

Run with Debian's interpreter and scikit-learn 1.2.1 (apt-get install python3-sklearn):
    /usr/bin/python3 tests/golden/make_golden.py [MNIST_DIR]
MNIST_DIR defaults to $DEEPCLUSTERING_DATA/mnist. MNIST itself is not stored: its case records only how many test
images it used (the first N of t10k-images-idx3-ubyte, pixels / 255) and the tests reload them from the data directory.
Each case: data (or its source), true labels, predicted labels, every metric, the contingency table, and k-means run from
given initial centroids (rows of the data named by init_indices, n_init=1, algorithm="lloyd"), plus the inertia of
scikit-learn's own k-means++ with n_init=10 as a reference for the seeding's quality.
"""
import json
import os
import sys

import numpy as np
import scipy
import sklearn
from scipy.optimize import linear_sum_assignment
from scipy.spatial.distance import cdist
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn import metrics
from sklearn.metrics.cluster import contingency_matrix

HERE = os.path.dirname(os.path.abspath(__file__))


def read_idx_images(path, count):
    with open(path, "rb") as f:
        raw = f.read()
    magic, n, rows, cols = np.frombuffer(raw[:16], dtype=">i4")
    assert magic == 2051, path
    pixels = np.frombuffer(raw[16:16 + count * rows * cols], dtype=np.uint8)
    return pixels.reshape(count, rows * cols).astype(np.float64) / 255.0


def read_idx_labels(path, count):
    with open(path, "rb") as f:
        raw = f.read()
    assert int.from_bytes(raw[:4], "big") == 2049, path
    return np.frombuffer(raw[8:8 + count], dtype=np.uint8).astype(np.int64)


def dunn(X, labels):
    """Brute force: min distance between points of different clusters / max distance within a cluster."""
    d = cdist(X, X)
    same = labels[:, None] == labels[None, :]
    return float(d[~same].min() / d[same].max())


def hungarian_acc(y_true, y_pred):
    table = contingency_matrix(y_pred, y_true)  # clusters x classes
    rows, cols = linear_sum_assignment(-table)
    return float(table[rows, cols].sum() / len(y_true))


def majority_acc(y_true, y_pred):
    table = contingency_matrix(y_pred, y_true)
    return float(table.max(axis=1).sum() / len(y_true))


def all_metrics(X, y_true, y_pred):
    n_pred = len(np.unique(y_pred))
    data_ok = 2 <= n_pred <= len(X) - 1
    out = {
        "acc": hungarian_acc(y_true, y_pred),
        "majority_acc": majority_acc(y_true, y_pred),
        "purity": majority_acc(y_true, y_pred),
        "nmi": float(metrics.normalized_mutual_info_score(y_true, y_pred)),
        "ari": float(metrics.adjusted_rand_score(y_true, y_pred)),
        "rand": float(metrics.rand_score(y_true, y_pred)),
        "silhouette": float(metrics.silhouette_score(X, y_pred)) if data_ok else None,
        "dunn": dunn(X, y_pred) if n_pred >= 2 else None,
        "davies_bouldin": float(metrics.davies_bouldin_score(X, y_pred)) if data_ok else None,
        "calinski_harabasz": float(metrics.calinski_harabasz_score(X, y_pred)) if data_ok else None,
    }
    return out


def kmeans_case(X, k, init_indices, max_iter=300, tol=1e-4):
    km = KMeans(n_clusters=k, init=X[init_indices], n_init=1, max_iter=max_iter, tol=tol, algorithm="lloyd")
    km.fit(X)
    # Seeding quality reference: scikit-learn's own k-means++ with 10 restarts (the tests check ours is no worse than 1 %).
    pp = KMeans(n_clusters=k, init="k-means++", n_init=10, max_iter=max_iter, tol=tol, algorithm="lloyd", random_state=0).fit(X)
    return {
        "k": k,
        "init_indices": [int(i) for i in init_indices],
        "max_iter": max_iter,
        "tol": tol,
        "inertia": float(km.inertia_),
        "n_iter": int(km.n_iter_),
        "labels": [int(v) for v in km.labels_],
        "centroids": km.cluster_centers_.tolist(),
        "kmeanspp_n_init_10_inertia": float(pp.inertia_),
    }


def case(name, X, y_true, k=None, init_indices=None, y_pred=None, source=None, max_iter=300):
    km = kmeans_case(X, k, init_indices, max_iter=max_iter) if k is not None else None
    if y_pred is None:
        y_pred = np.array(km["labels"])
    result = {
        "name": name,
        "source": source,
        "data": None if source else X.tolist(),
        "labels_true": [int(v) for v in y_true],
        "labels_pred": [int(v) for v in y_pred],
        "metrics": all_metrics(X, y_true, y_pred),
        "confusion": contingency_matrix(y_pred, y_true).tolist(),
        "kmeans": km,
    }
    return result


def main():
    data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.environ.get("DEEPCLUSTERING_DATA", "/work/shared/datasets"), "mnist")
    rng = np.random.RandomState(0)
    cases = []

    # Isotropic 2-D blobs; k-means with one cluster more than there are classes (rectangular matching).
    X, y = make_blobs(n_samples=300, centers=4, n_features=2, random_state=0)
    cases.append(case("blobs_iso", X, y, k=5, init_indices=rng.choice(len(X), 5, replace=False)))

    # Anisotropic, unequal spreads, 5-D; k-means with fewer clusters than classes.
    X, y = make_blobs(n_samples=500, centers=4, n_features=5, cluster_std=[0.5, 1.5, 3.0, 1.0], random_state=1)
    X = X @ np.random.RandomState(1).normal(size=(5, 5))
    cases.append(case("blobs_aniso", X, y, k=3, init_indices=rng.choice(len(X), 3, replace=False)))

    # Unequal cluster sizes in 50-D, few iterations so the run stops unconverged.
    X, y = make_blobs(n_samples=[10, 20, 30, 50, 60, 70], n_features=50, cluster_std=4.0, random_state=2)
    cases.append(case("blobs_highdim", X, y, k=6, init_indices=rng.choice(len(X), 6, replace=False), max_iter=3))

    # Duplicated integer points and a prediction whose contingency table is full of ties.
    X = np.array([[0, 0], [0, 0], [1, 0], [1, 1], [5, 5], [5, 5], [6, 5], [5, 6],
                  [0, 9], [0, 9], [1, 9], [9, 0], [9, 0], [9, 1], [8, 0], [9, 9]], dtype=np.float64)
    y_true = np.array([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 1])
    y_pred = np.array([7, 7, 3, 3, 5, 5, 3, 3, 7, 5, 5, 1, 1, 3, 3, 1])
    cases.append(case("ties", X, y_true, y_pred=y_pred))

    # One predicted cluster: data metrics are undefined, the label metrics take their limit values; k-means with k = 1.
    X, y = make_blobs(n_samples=60, centers=3, n_features=3, random_state=3)
    cases.append(case("single_cluster", X, y, k=1, init_indices=[7]))

    # Empty-cluster relocation: two initial centroids on the same point.
    X, y = make_blobs(n_samples=120, centers=3, n_features=2, random_state=4)
    cases.append(case("duplicate_init", X, y, k=4, init_indices=[0, 0, 50, 90]))

    # MNIST subset: the first 2000 test images, pixels / 255.
    count = 2000
    X = read_idx_images(os.path.join(data_dir, "t10k-images-idx3-ubyte"), count)
    y = read_idx_labels(os.path.join(data_dir, "t10k-labels-idx1-ubyte"), count)
    cases.append(case("mnist_test_2000", X, y, k=10, init_indices=rng.choice(count, 10, replace=False),
                      source={"kind": "mnist_test_images", "count": count, "scale": "1/255"}))

    for c in cases:
        c["generator"] = {"sklearn": sklearn.__version__, "numpy": np.__version__, "scipy": scipy.__version__}
        path = os.path.join(HERE, c["name"] + ".json")
        tmp = path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(c, f, separators=(",", ":"))
        os.replace(tmp, path)
        print(path, {k: v for k, v in c["metrics"].items()}, c["kmeans"] and (c["kmeans"]["inertia"], c["kmeans"]["n_iter"]))


if __name__ == "__main__":
    main()
