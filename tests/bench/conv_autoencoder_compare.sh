#!/usr/bin/env bash
# Runs `deep-clustering bench conv-autoencoder` (TorchSharp) and tests/bench/conv_autoencoder_peer.py (Debian
# python3-torch 1.13) alternately, ROUNDS times each with the same thread count and the same upsampling mode (read from
# our side's JSON), keeps each side's fastest training epoch and prints both, their per-image ratio and ours' split as JSON.
# Usage: THREADS=2 ROUNDS=2 tests/bench/conv_autoencoder_compare.sh [--n N] [--validation V]
# Target (issue 20): ours / PyTorch <= 0.8 per training image. Both sides run with OMP_WAIT_POLICY=PASSIVE unless it is set.
# ONEDNN_MAX_CPU_ISA, if set, reaches only our side (see the README: oneDNN 3.7.1's AVX-512 backward kernels are wrong on
# some processors, PyTorch 1.13's oneDNN 2.x is not affected).
set -euo pipefail
cd "$(dirname "$0")/../.."
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-2}
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
export DEEPCLUSTERING_DATA=${DEEPCLUSTERING_DATA:-$(cd .. && pwd)/shared/datasets}
isa=${ONEDNN_MAX_CPU_ISA:-}
unset ONEDNN_MAX_CPU_ISA
dotnet build lib/DeepClustering.Cli -c Release -nologo -v q >/dev/null
cli=lib/DeepClustering.Cli/bin/Release/net10.0/deep-clustering
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for _ in $(seq "$ROUNDS"); do
  ONEDNN_MAX_CPU_ISA=$isa "$cli" bench conv-autoencoder --threads "$THREADS" "$@" | tee -a "$out/ours.jsonl" >&2
  mode=$(/usr/bin/python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readlines()[-1])["upsampling"])' "$out/ours.jsonl")
  OPENBLAS_NUM_THREADS=$THREADS /usr/bin/python3 tests/bench/conv_autoencoder_peer.py --threads "$THREADS" --upsampling "$mode" "$@" | tee -a "$out/peer.jsonl" >&2
done
/usr/bin/python3 - "$out" <<'PY'
import json, os, sys
def runs(name):
    return [json.loads(line) for line in open(f"{sys.argv[1]}/{name}.jsonl") if line.strip()]
ours, peer = runs("ours"), runs("peer")
best_ours = min(ours, key=lambda r: r["train_ms_per_image"])
best_peer = min(peer, key=lambda r: r["train_ms_per_image"])
ratio = best_ours["train_ms_per_image"] / best_peer["train_ms_per_image"]
val_ours = min(r["validation_ms_per_image"] or 0 for r in ours)
val_peer = min(r["validation_ms_per_image"] for r in peer)
print(json.dumps({
    "benchmark": "conv-autoencoder", "processor": best_ours["processor"], "threads": best_ours["threads"],
    "upsampling": best_ours["upsampling"], "n": best_ours["n"], "validation_n": best_ours["validation_n"],
    "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY"), "convolutions": best_ours["convolutions"],
    "ours_train_ms_per_image": best_ours["train_ms_per_image"], "pytorch_train_ms_per_image": best_peer["train_ms_per_image"],
    "ratio": round(ratio, 3), "target": 0.8, "pass": ratio <= 0.8,
    "ours_validation_ms_per_image": val_ours, "pytorch_validation_ms_per_image": val_peer,
    "validation_ratio": round(val_ours / val_peer, 3) if val_peer else None,
    "ours_all_train_ms_per_image": [r["train_ms_per_image"] for r in ours], "pytorch_all_train_ms_per_image": [r["train_ms_per_image"] for r in peer],
    "ours_step_ms_per_batch": best_ours.get("step_ms_per_batch"), "ours_layer_ms_per_batch": best_ours.get("layer_ms_per_batch"),
}))
PY
