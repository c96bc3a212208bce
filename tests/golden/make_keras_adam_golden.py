#!/usr/bin/python3
"""Writes tests/golden/keras_adam.json: weights after each step of TF/Keras' Adam, computed in NumPy float32.

The update is written from TensorFlow's published formula (tf.keras.optimizers.Adam; the ResourceApplyAdam kernel of
the TF 2.x optimizer and Keras 3's adam.py compute the same), not from this repository's C# code:
    t += 1
    alpha = lr * sqrt(1 - beta2^t) / (1 - beta1^t)
    m += (g - m) * (1 - beta1)
    v += (g * g - v) * (1 - beta2)
    w -= alpha * m / (sqrt(v) + epsilon)            # epsilon is "epsilon hat": it is added to sqrt(v), not to sqrt(v_hat)
The problem: two float32 parameters (a 4x6 matrix and a 6-vector) under the loss sum(c * (w - target)^2) / 2, whose
gradient c * (w - target) spans 1e-9 .. 1e1 through the per-element scales c, so the steps of tiny gradients (where
epsilon dominates) and of large ones are both pinned.

Run with Debian's interpreter (apt-get install python3-numpy):
    /usr/bin/python3 tests/golden/make_keras_adam_golden.py
"""
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
STEPS = 120
RECORDED = [1, 2, 10, 50, 100, 120]


def problem(seed):
    rng = np.random.RandomState(seed)
    shapes = [(4, 6), (6,)]
    params = []
    for shape in shapes:
        n = int(np.prod(shape))
        w0 = rng.uniform(-1, 1, n).astype(np.float32)
        target = rng.uniform(-1, 1, n).astype(np.float32)
        # per-element scales from 1e-9 to 1e1, shuffled so that every parameter holds small and large gradients
        scale = np.logspace(-9, 1, n).astype(np.float32)[rng.permutation(n)] / np.maximum(np.abs(w0 - target), 0.05)
        params.append({"shape": list(shape), "w0": w0, "target": target, "scale": scale.astype(np.float32)})
    return params


def keras_adam(params, lr, beta1, beta2, eps):
    one = np.float32(1)
    lr, beta1, beta2, eps = np.float32(lr), np.float32(beta1), np.float32(beta2), np.float32(eps)
    ws = [p["w0"].copy() for p in params]
    ms = [np.zeros_like(w) for w in ws]
    vs = [np.zeros_like(w) for w in ws]
    history = {}
    for t in range(1, STEPS + 1):
        alpha = np.float32(lr * np.sqrt(one - beta2 ** np.float32(t)) / (one - beta1 ** np.float32(t)))
        for i, p in enumerate(params):
            g = (p["scale"] * (ws[i] - p["target"])).astype(np.float32)
            ms[i] += (g - ms[i]) * (one - beta1)
            vs[i] += (g * g - vs[i]) * (one - beta2)
            ws[i] -= (ms[i] * alpha) / (np.sqrt(vs[i]) + eps)
        if t in RECORDED:
            history[str(t)] = [w.tolist() for w in ws]
    return history


def case(name, seed, lr, eps):
    params = problem(seed)
    history = keras_adam(params, lr, 0.9, 0.999, eps)
    return {
        "name": name, "lr": lr, "beta1": 0.9, "beta2": 0.999, "epsilon": eps, "steps": STEPS,
        "params": [{"shape": p["shape"], "w0": p["w0"].tolist(), "target": p["target"].tolist(),
                    "scale": p["scale"].tolist()} for p in params],
        "weights_after": history,
    }


def main():
    cases = [case("keras_defaults", 0, 1e-3, 1e-7), case("experiment5_lr", 1, 1e-4, 1e-7), case("large_eps", 2, 1e-2, 1e-3)]
    with open(os.path.join(HERE, "keras_adam.json"), "w") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
