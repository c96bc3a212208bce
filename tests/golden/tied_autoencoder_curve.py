"""Golden SSE curve of experiment 1's tied sigmoid autoencoder, computed with NumPy.

Re-implements the original update rule (written for this project from the description in
shared/EXPERIMENTS.md): W ~ RandomState(123).uniform(-1/9, 1/9, (9, 4)), both biases 2,
full-batch steps with lr 0.005, weight gradient summed over samples, bias gradients averaged,
SSE measured before each step. Scaling: scikit-learn MinMaxScaler(feature_range=(0.1, 0.9)).

Run: /usr/bin/python3 tests/golden/tied_autoencoder_curve.py $DEEPCLUSTERING_DATA > tests/golden/tied_autoencoder_curve.json
"""
import json
import os
import sys

import numpy as np
from sklearn.preprocessing import MinMaxScaler

root = sys.argv[1] if len(sys.argv) > 1 else os.environ["DEEPCLUSTERING_DATA"]
raw = np.genfromtxt(os.path.join(root, "breast-cancer-wisconsin", "bcancerint_sort1.csv"), delimiter=",")[:, :9]
x = MinMaxScaler(feature_range=(0.1, 0.9)).fit_transform(raw)

w0 = np.random.RandomState(123).uniform(low=-1.0 / 9, high=1.0 / 9, size=(9, 4))
w = w0.copy()
bh = np.full(4, 2.0)
bv = np.full(9, 2.0)
sigmoid = lambda a: 1.0 / (1.0 + np.exp(-a))

epochs = 10_000
sse = []
for _ in range(epochs):
    y = sigmoid(x @ w + bh)
    z = sigmoid(y @ w.T + bv)
    dv = x - z
    sse.append(float(np.sum(dv ** 2)))
    dh = (dv @ w) * y * (1 - y)
    w += 0.005 * (x.T @ dh + dv.T @ y)
    bh += 0.005 * dh.mean(axis=0)
    bv += 0.005 * dv.mean(axis=0)

checkpoints = [1, 2, 10, 100, 1000, 2000, 5000, 10000]
print(json.dumps({
    "seed": 123,
    "learning_rate": 0.005,
    "initial_weights": w0.tolist(),
    "sse_at_epoch": {str(e): sse[e - 1] for e in checkpoints},
    "final_hidden_row0": sigmoid(x @ w + bh)[0].tolist(),
}, indent=2))
