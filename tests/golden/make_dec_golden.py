#!/usr/bin/python3
"""Writes tests/golden/dec_objective.json: DEC's soft assignment, target distribution and KL loss computed by PyTorch.

Run with Debian's interpreter and PyTorch (apt-get install python3-torch):
    /usr/bin/python3 tests/golden/make_dec_golden.py
The formulas follow the DEC paper (Xie et al. 2016, eqs. 1-3) and Keras' kld loss (probabilities clipped to [1e-7, 1],
per-sample sum, mean over the batch), written here in float64 from those definitions.
"""
import json
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
EPS = 1e-7


def soft_assignment(z, mu, alpha):
    d2 = ((z[:, None, :] - mu[None, :, :]) ** 2).sum(-1)
    kernel = (1.0 + d2 / alpha) ** (-(alpha + 1.0) / 2.0)
    return kernel / kernel.sum(1, keepdim=True)


def target(q):
    w = q ** 2 / q.sum(0)
    return (w.t() / w.sum(1)).t()


def kld(p, q):
    p = p.clamp(EPS, 1.0)
    q = q.clamp(EPS, 1.0)
    return (p * torch.log(p / q)).sum(-1).mean()


def case(name, n, k, d, alpha, seed):
    g = torch.Generator().manual_seed(seed)
    z = torch.randn(n, d, generator=g, dtype=torch.float64) * 2
    mu = torch.randn(k, d, generator=g, dtype=torch.float64) * 2
    q = soft_assignment(z, mu, alpha)
    p = target(q)
    return {"name": name, "alpha": alpha, "z": z.tolist(), "centres": mu.tolist(), "q": q.tolist(), "p": p.tolist(),
            "kl": kld(p, q).item(), "torch": torch.__version__}


cases = [case("alpha1", 7, 3, 4, 1.0, 11), case("alpha2_5", 9, 4, 2, 2.5, 12), case("far", 5, 2, 3, 1.0, 13)]
# A far-off point makes some q underflow below the clip threshold.
cases[2]["z"][0] = [60.0, -60.0, 60.0]
z = torch.tensor(cases[2]["z"], dtype=torch.float64)
mu = torch.tensor(cases[2]["centres"], dtype=torch.float64)
q = soft_assignment(z, mu, 1.0)
p = target(q)
cases[2].update({"q": q.tolist(), "p": p.tolist(), "kl": kld(p, q).item()})

path = os.path.join(HERE, "dec_objective.json")
with open(path + ".tmp", "w") as f:
    json.dump(cases, f)
os.replace(path + ".tmp", path)
print(path)
