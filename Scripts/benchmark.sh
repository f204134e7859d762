#!/usr/bin/env bash
# Builds apiref in release mode and reports, per corpus service, the median wall time and the
# median peak memory (maximum resident set) over several runs of `apiref lint`, of
# `apiref check --unincluded` (lint, then every sample file read and validated) and of
# `apiref generate` (into a scratch folder, rewritten on every run).
#
#   Scripts/benchmark.sh [RUNS]        (default 7 runs)
#   APIREF_CORPUS=DIR Scripts/benchmark.sh   (default ../shared/corpus, beside the checkout)
#
# Targets: lint on nova under 100 ms wall and 64 MB; check on nova (all 739 samples read)
# under 150 ms wall and 100 MB; generate on nova under 150 ms wall.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-7}"
CORPUS="${APIREF_CORPUS:-../shared/corpus}"
if [ ! -d "$CORPUS/nova/api-ref/source" ]; then
    echo "benchmark: no corpus at '$CORPUS'; set APIREF_CORPUS to the folder holding nova/, glance/, ..." >&2
    exit 64
fi
swift build -c release --product apiref >/dev/null
BIN="$(swift build -c release --show-bin-path)/apiref"
python3 - "$BIN" "$CORPUS" "$RUNS" <<'PY'
import os, resource, shutil, statistics, subprocess, sys, tempfile, time
binary, corpus, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
scratch = tempfile.mkdtemp(prefix="apiref-benchmark-")
def measure(arguments):
    walls, peaks = [], []
    for _ in range(runs):
        # generate writes only files whose bytes change: start each run from an empty folder.
        shutil.rmtree(os.path.join(scratch, "out"), ignore_errors=True)
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1); os.dup2(devnull, 2)
            os.execv(binary, [binary] + arguments)
        _, status, usage = os.wait4(pid, 0)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            sys.exit(f"benchmark: apiref {' '.join(arguments)} failed with status {os.waitstatus_to_exitcode(status)}")
        walls.append((time.perf_counter() - start) * 1000)
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(walls), statistics.median(peaks)

print(f"{'service':<11}{'command':<22}{'wall ms (median)':>18}{'peak MB (median)':>18}")
for service in ["nova", "placement", "glance", "keystone", "designate", "heat"]:
    source = os.path.join(corpus, service, "api-ref", "source")
    for command in (["lint"], ["check", "--unincluded"], ["generate"]):
        extra = ["--output", os.path.join(scratch, "out")] if command == ["generate"] else []
        wall, peak = measure(command + extra + [source])
        print(f"{service:<11}{' '.join(command):<22}{wall:>18.1f}{peak:>18.1f}")
shutil.rmtree(scratch, ignore_errors=True)
PY
