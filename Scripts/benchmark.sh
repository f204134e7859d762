#!/usr/bin/env bash
# Builds apiref in release mode and reports, per corpus service, the median wall time and the
# median peak memory (maximum resident set) of `apiref lint` over several runs.
#
#   Scripts/benchmark.sh [RUNS]        (default 7 runs)
#   APIREF_CORPUS=DIR Scripts/benchmark.sh   (default ../shared/corpus, beside the checkout)
#
# Targets (issue 2): nova under 100 ms wall and under 64 MB peak memory.
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
import os, resource, statistics, subprocess, sys, time
binary, corpus, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
print(f"{'service':<11}{'wall ms (median)':>18}{'peak MB (median)':>18}")
for service in ["nova", "placement", "glance", "keystone", "designate", "heat"]:
    source = os.path.join(corpus, service, "api-ref", "source")
    walls, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1); os.dup2(devnull, 2)
            os.execv(binary, [binary, "lint", source])
        _, status, usage = os.wait4(pid, 0)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            sys.exit(f"benchmark: apiref lint {source} failed with status {os.waitstatus_to_exitcode(status)}")
        walls.append((time.perf_counter() - start) * 1000)
        peaks.append(usage.ru_maxrss / 1024)
    print(f"{service:<11}{statistics.median(walls):>18.1f}{statistics.median(peaks):>18.1f}")
PY
