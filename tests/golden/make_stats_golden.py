#!/usr/bin/python3
"""Writes tests/golden/stats.json: t-based 95 % intervals and Welch's test computed by SciPy, for the aggregates of
DeepClustering.Experiments (Aggregate, ReportedPosition).

Run with Debian's interpreter and SciPy (apt-get install python3-scipy):
    /usr/bin/python3 tests/golden/make_stats_golden.py
For n values with mean m and sample std s: ci95 = m -+ t(0.975, n-1) s / sqrt(n); pi95 = m -+ t(0.975, n-1) s sqrt(1 + 1/n);
Welch: scipy.stats.ttest_ind(ours, theirs, equal_var=False), two-sided.
"""
import json
import os

import numpy as np
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))


def aggregate(values):
    x = np.asarray(values, dtype=np.float64)
    n, m, s = len(x), x.mean(), x.std(ddof=1)
    t = stats.t.ppf(0.975, n - 1)
    return {"values": values, "mean": m, "std": s, "population_std": x.std(ddof=0),
            "ci95": [m - t * s / np.sqrt(n), m + t * s / np.sqrt(n)],
            "pi95": [m - t * s * np.sqrt(1 + 1 / n), m + t * s * np.sqrt(1 + 1 / n)]}


def welch(ours, theirs):
    result = stats.ttest_ind(ours, theirs, equal_var=False)
    return {"ours": ours, "theirs": theirs, "t": float(result.statistic), "p": float(result.pvalue)}


def main():
    rng = np.random.RandomState(5)
    samples = [[0.9059, 0.8499, 0.9071, 0.8957, 0.8288], [0.41, 0.47, 0.39, 0.45],
               list(np.round(rng.normal(0.43, 0.04, 11), 4))]
    out = {
        "aggregates": [aggregate([float(v) for v in s]) for s in samples],
        "welch": [welch([0.9663, 0.9082, 0.8710, 0.9781, 0.8759], [0.8866, 0.9598, 0.9725, 0.9788, 0.8768]),
                  welch([0.80, 0.82, 0.81], [0.90, 0.95, 0.93, 0.91])],
    }
    with open(os.path.join(HERE, "stats.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
