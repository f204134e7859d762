#!/usr/bin/env bash
# Builds one libFuzzer target (swiftc -sanitize=fuzzer,address) from the library's sources and
# runs it for a given time, seeded from ../shared/corpus and the example. Crashes and hangs are
# written to .fuzz/TARGET/ (ignored by git), the whole log to .fuzz/TARGET/run.log; turn each
# crash into a test with its minimal input.
#
#   Scripts/fuzz.sh rst|parameters|json|pipeline [SECONDS]     (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${1:?usage: Scripts/fuzz.sh rst|parameters|json|pipeline [SECONDS]}"
SECONDS_TO_RUN="${2:-60}"
CORPUS="${APIREF_CORPUS:-../shared/corpus}"
case "$TARGET" in
    rst) ENTRY=Fuzz/RSTReaderFuzz.swift; MAX_LEN=65536 ;;
    parameters) ENTRY=Fuzz/ParametersFuzz.swift; MAX_LEN=65536 ;;
    json) ENTRY=Fuzz/JSONReaderFuzz.swift; MAX_LEN=65536 ;;
    pipeline) ENTRY=Fuzz/PipelineFuzz.swift; MAX_LEN=32768 ;;
    *) echo "fuzz: unknown target '$TARGET'" >&2; exit 64 ;;
esac
WORK=".fuzz/$TARGET"
mkdir -p "$WORK/corpus" "$WORK/artifacts"
BIN="$WORK/fuzzer"
# Build from a snapshot of the sources, so edits made while a long run builds do not break it.
rm -rf "$WORK/src"; mkdir -p "$WORK/src"
cp -R Sources/APIRefCore Sources/CLibYAML "$ENTRY" "$WORK/src/"
swiftc -sanitize=fuzzer,address -parse-as-library -O -swift-version 6 \
    -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault \
    -module-name APIRefFuzz -I "$WORK/src/CLibYAML" -lyaml \
    $(find "$WORK/src/APIRefCore" -name '*.swift' | sort) "$WORK/src/$(basename "$ENTRY")" -o "$BIN" 2> "$WORK/build.log" \
    || { cat "$WORK/build.log" >&2; exit 1; }
SEEDS="$WORK/seeds"
rm -rf "$SEEDS"; mkdir -p "$SEEDS"
copy_seeds() { { find "$@" -type f 2>/dev/null || true; } | head -400 | while read -r f; do cp "$f" "$SEEDS/$(echo "$f" | tr / _)"; done || true; }
case "$TARGET" in
    rst) copy_seeds "$CORPUS" api-ref ../shared/seed -name '*.inc' -o -name '*.rst' ;;
    parameters) copy_seeds "$CORPUS" . -name '*.yaml' -not -path './.build/*' ;;
    json) copy_seeds "$CORPUS" doc -name '*.json' ;;
    pipeline)
        i=0
        for doc in api-ref/source/os-agents.inc "$CORPUS"/placement/api-ref/source/*.inc; do
            { head -c 12000 "$doc"; printf '\n%%%%\n'; head -c 8000 parameters.yaml; printf '\n%%%%\n';
              cat doc/api_samples/os-agents/agent-post-resp.json; } > "$SEEDS/seed$i"
            i=$((i + 1))
        done ;;
esac
# The Swift runtime's backtracer reads memory that AddressSanitizer then reports; the fuzzer
# prints its own stack.
SWIFT_BACKTRACE=enable=no "$BIN" "$WORK/corpus" "$SEEDS" -max_total_time="$SECONDS_TO_RUN" -timeout=2 -rss_limit_mb=2048 \
    -max_len="$MAX_LEN" -artifact_prefix="$WORK/artifacts/" -print_final_stats=1 > "$WORK/run.log" 2>&1 \
    || { tail -40 "$WORK/run.log" >&2; echo "fuzz: $TARGET stopped on a failure; see $WORK/run.log" >&2; exit 1; }
# The last coverage line (executions, edges covered, features, corpus size) and the totals.
grep -E '^#[0-9]+' "$WORK/run.log" | tail -1
grep -E '^stat::' "$WORK/run.log"
