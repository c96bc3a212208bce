#!/usr/bin/env bash
# Runs `deep-clustering bench autoencoder` (TorchSharp) and tests/bench/autoencoder_peer.py (Debian python3-torch)
# alternately, REPEATS times each with the same thread count, keeps each side's best time and prints the ratio as JSON.
# On an AMD processor ours also runs with DEEPCLUSTERING_MKL_FAST_PATH_ON_AMD=1 (see README) and gets its own ratio.
# Usage: THREADS=2 REPEATS=2 tests/bench/autoencoder_compare.sh [--limit N] [--epochs E]
# Target (issue 5): ours / peer <= 1.1. Both sides run with OMP_WAIT_POLICY=PASSIVE unless it is set: on a busy machine,
# OpenMP threads that spin-wait against other processes slow both sides down by an order of magnitude.
set -euo pipefail
cd "$(dirname "$0")/../.."
THREADS=${THREADS:-2}
REPEATS=${REPEATS:-2}
export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
if [ -z "${DEEPCLUSTERING_DATA:-}" ]; then
  for candidate in ../shared/datasets ../../shared/datasets; do
    if [ -d "$candidate/mnist" ]; then DEEPCLUSTERING_DATA=$(cd "$candidate" && pwd); break; fi
  done
fi
export DEEPCLUSTERING_DATA=${DEEPCLUSTERING_DATA:-data}
if ! /usr/bin/python3 -c "import torch" 2>/dev/null; then
  echo "PyTorch peer needs Debian python3-torch: apt-get install -y python3-torch" >&2
  exit 2
fi
dotnet build lib/DeepClustering.Cli -c Release -nologo -v q >/dev/null
cli=lib/DeepClustering.Cli/bin/Release/net10.0/deep-clustering.dll
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for _ in $(seq "$REPEATS"); do
  DEEPCLUSTERING_MKL_FAST_PATH_ON_AMD= dotnet "$cli" bench autoencoder --threads "$THREADS" "$@" | tee -a "$out/ours.jsonl" >&2
  if grep -q AuthenticAMD /proc/cpuinfo 2>/dev/null; then
    DEEPCLUSTERING_MKL_FAST_PATH_ON_AMD=1 dotnet "$cli" bench autoencoder --threads "$THREADS" "$@" 2>/dev/null | tee -a "$out/ours-fast.jsonl" >&2
  fi
  # Debian's torch does its matrix products in OpenBLAS, whose own threads ignore torch.set_num_threads.
  OPENBLAS_NUM_THREADS=$THREADS /usr/bin/python3 tests/bench/autoencoder_peer.py --threads "$THREADS" "$@" | tee -a "$out/peer.jsonl" >&2
done
/usr/bin/python3 - "$out" <<'PY'
import json, sys
def best(name):
    runs = [json.loads(line) for line in open(f"{sys.argv[1]}/{name}.jsonl") if line.strip()]
    return min(runs, key=lambda r: r["seconds_per_epoch"])
import os
ours, peer = best("ours"), best("peer")
ratio = ours["seconds_per_epoch"] / peer["seconds_per_epoch"]
report = {"benchmark": "autoencoder", "n": ours["n"], "threads": ours["threads"], "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY"),
          "torchsharp_seconds_per_epoch": ours["seconds_per_epoch"], "pytorch_seconds_per_epoch": peer["seconds_per_epoch"],
          "ratio": round(ratio, 3), "target": 1.1, "pass": ratio <= 1.1}
if os.path.exists(f"{sys.argv[1]}/ours-fast.jsonl"):
    fast = best("ours-fast")
    fast_ratio = fast["seconds_per_epoch"] / peer["seconds_per_epoch"]
    report.update({"mkl_fast_path_on_amd": {"dispatch": fast.get("mkl_dispatch"), "torchsharp_seconds_per_epoch": fast["seconds_per_epoch"],
                                            "ratio": round(fast_ratio, 3), "pass": fast_ratio <= 1.1}})
print(json.dumps(report))
PY
