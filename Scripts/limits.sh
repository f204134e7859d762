#!/usr/bin/env bash
# Builds apiref in release mode, writes hostile and broken inputs at full size into a scratch
# folder (a 100 MB sample, nesting 100,000 deep, 10 MB lines, a billion laughs, NUL bytes,
# invalid UTF-8, FIFOs, links out of the root...) and runs `apiref check` on each, one small
# project per case. Prints, per case: the exit status, the wall time, the peak memory
# (maximum resident set, from wait4) and the first line apiref printed.
#
#   Scripts/limits.sh            every case
#   Scripts/limits.sh json yaml  only the cases whose name contains one of the words
#
# Target (the issue "Hold against hostile and broken input"): every case exits 0 or 1 with a
# finding or a clean read, within a second and in bounded memory. A case that runs longer than
# 60 s of CPU is killed and shown as such. The exact findings of each case at small size are
# pinned by Tests/APIRefCoreTests/CommandLine/HostileInputTests.swift.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product apiref >/dev/null
BIN="$(swift build -c release --show-bin-path)/apiref"
python3 - "$BIN" "$@" <<'PY'
import os, shutil, subprocess, sys, tempfile

binary, only = sys.argv[1], sys.argv[2:]
scratch = tempfile.mkdtemp(prefix="apiref-limits-")

DOCUMENT = """Things
======

Show Thing
----------

.. rest_method:: GET /things/{thing_id}

Request
~~~~~~~

.. rest_parameters:: parameters.yaml

   - thing_id: thing_id

Response
~~~~~~~~

.. rest_parameters:: parameters.yaml

   - name: name

Response Example
~~~~~~~~~~~~~~~~

.. literalinclude:: samples/thing-show-resp.json
   :language: javascript
"""
PARAMETERS = """thing_id:
  in: path
  required: true
  type: string
  description: The thing.
name:
  in: body
  required: true
  type: string
  description: The name.
"""
SAMPLE = '{"name": "a"}\n'
SOURCE = "api-ref/source"
RST, YAML, JSON = SOURCE + "/index.rst", SOURCE + "/parameters.yaml", SOURCE + "/samples/thing-show-resp.json"
MB = 1_000_000


class Project:
    """A copy of the small base project under scratch/NAME/project; files beside it lie
    outside the project root."""

    def __init__(self, name):
        self.base = os.path.join(scratch, name)
        self.root = os.path.join(self.base, "project")
        os.makedirs(os.path.join(self.root, SOURCE, "samples"))
        self.write(RST, DOCUMENT)
        self.write(YAML, PARAMETERS)
        self.write(JSON, SAMPLE)

    def path(self, relative):
        return os.path.normpath(os.path.join(self.root, relative))

    def write(self, relative, content):
        data = content.encode() if isinstance(content, str) else content
        with open(self.path(relative), "wb") as handle:
            handle.write(data)

    def append(self, relative, content):
        data = content.encode() if isinstance(content, str) else content
        with open(self.path(relative), "ab") as handle:
            handle.write(data)

    def replace(self, relative, old, new):
        with open(self.path(relative), "rb") as handle:
            data = handle.read()
        old, new = (x.encode() if isinstance(x, str) else x for x in (old, new))
        assert old in data, (relative, old)
        self.write(relative, data.replace(old, new, 1))

    def swap(self, relative, kind, target=None):
        """Puts a folder, a FIFO or a link (to a path relative to the project) in place of a file."""
        path = self.path(relative)
        if os.path.lexists(path):
            os.remove(path)
        if kind == "dir":
            os.makedirs(path)
        elif kind == "fifo":
            os.mkfifo(path)
        else:
            os.symlink(self.path(target), path)


def dos(text):
    return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode()


def billion_laughs():
    text = "lol0: &lol0 [" + ", ".join(["lol"] * 10) + "]\n"
    for level in range(1, 10):
        text += "lol%d: &lol%d [%s]\n" % (level, level, ", ".join(["*lol%d" % (level - 1)] * 10))
    return text


def big_sample(size):
    """Pretty-printed JSON of about `size` bytes: an array of small objects, as a huge list
    response would be."""
    item = '    {\n      "id": %d,\n      "name": "thing-%d",\n      "tags": ["a", "b"]\n    }'
    parts, total, index = [], 0, 0
    while total < size:
        part = item % (index, index)
        parts.append(part)
        total += len(part) + 2
        index += 1
    return '{\n  "name": "x",\n  "things": [\n' + ",\n".join(parts) + "\n  ]\n}\n"


CASES = []


def case(name):
    def register(build):
        CASES.append((name, build))
        return build
    return register


@case("clean project")
def _(p): return []

# Depth.
@case("json nested 100,000 [")
def _(p): p.write(JSON, "[" * 100_000 + "]" * 100_000); return []

@case("json nested 100,000 {\"a\":")
def _(p): p.write(JSON, '{"a": ' * 100_000 + "1" + "}" * 100_000); return []

@case("yaml nested 100,000 flow")
def _(p): p.append(YAML, "deep: " + "[" * 100_000 + "]" * 100_000 + "\n"); return []

@case("yaml nested 100,000 block")
def _(p): p.write(YAML, "- " * 100_000 + "x\n"); return []

@case("yaml nested 1,000 by indent")
def _(p): p.append(YAML, "deep:\n" + "".join(" " * (2 * i + 2) + "- \n" for i in range(1_001))); return []

# Size.
@case("sample 100 MB")
def _(p): p.write(JSON, big_sample(100 * MB)); return []

@case("sample 15 MB (under 16 MiB)")
def _(p): p.write(JSON, big_sample(15 * MB)); return []

@case("sample 10 MB of [0,0,...]")
def _(p): p.write(JSON, '{"name": "x", "z": [' + "0," * (5 * MB) + "0]}"); return []

@case("parameters 100 MB")
def _(p): p.append(YAML, "".join("p%d:\n  in: body\n  required: false\n  type: string\n  description: P.\n" % i for i in range(1_500_000))); return []

@case("parameters 10 MB flow [0, 0, ...]")
def _(p): p.append(YAML, "zz:\n  in: body\n  required: false\n  type: string\n  description: Z.\n  x: [" + "0, " * (3 * MB) + "0]\n"); return []

@case("document 100 MB")
def _(p): p.append(RST, ("\n" + "x" * 99 + "\n") * MB); return []

# Long lines.
@case("sample 10 MB line (one string)")
def _(p): p.write(JSON, '{"name": "' + "x" * (10 * MB) + '"}'); return []

@case("sample 10 MB line (400,000 objects)")
def _(p): p.write(JSON, '{"name":"x","things":[' + ",".join('{"id":%d,"n":"n%d"}' % (i, i) for i in range(400_000)) + "]}"); return []

@case("document 10 MB line (paragraph)")
def _(p): p.append(RST, "\n" + "x" * (10 * MB) + "\n"); return []

@case("document 10 MB rest_method path")
def _(p): p.replace(RST, "GET /things/{thing_id}", "GET /things/{thing_id}" + "".join("/{p%d}" % i for i in range(1_000_000))); return []

@case("document 10 MB rest_method words")
def _(p): p.replace(RST, "GET /things/{thing_id}", "GET /things/{thing_id}" + " b" * (5 * MB)); return []

@case("document 10 MB line of status codes")
def _(p): p.append(RST, "\nNormal response codes: " + "200, " * (2 * MB) + "200\n"); return []

@case("document 10 MB parameter item")
def _(p): p.replace(RST, "   - name: name", "   - name: " + "n" * (10 * MB)); return []

@case("parameters 10 MB line")
def _(p): p.replace(YAML, "The name.", "x" * (10 * MB)); return []

# Many lines, many items.
@case("document 499,000 parameter items")
def _(p): p.replace(RST, "   - name: name\n", "   - name: name\n" * 499_000); return []

@case("document 499,000 status code lines")
def _(p): p.append(RST, "\nNormal response codes: 200,\n" + "200,\n" * 499_000 + "200\n"); return []

@case("document 5,000,000 short lines")
def _(p): p.append(RST, "\na\n" * 2_500_000); return []

@case("document 200,000 suppression comments")
def _(p): p.append(RST, "\n" + ".. apiref: ignore invalid-http-method\n" * 200_000 + ".. rest_method:: BOGUS /x\n"); return []

@case("include of a 10 MB file, 2,000 times")
def _(p):
    p.write(SOURCE + "/big.inc", "x" * (10 * MB) + "\n")
    p.append(RST, "\n" + ".. include:: big.inc\n" * 2_000)
    return []

@case("includes doubling 30 levels deep")
def _(p):
    p.append(RST, "\n.. include:: e0.inc\n")
    for level in range(30):
        p.write(SOURCE + "/e%d.inc" % level, ".. include:: e%d.inc\n.. include:: e%d.inc\n" % (level + 1, level + 1))
    p.write(SOURCE + "/e30.inc", "Leaf\n====\n")
    return []

@case("yaml billion laughs")
def _(p): p.append(YAML, billion_laughs()); return []

# Bytes.
@case("NUL in document")
def _(p): p.replace(RST, "Show Thing\n", "Show\0Thing\n"); return []

@case("NUL in parameters")
def _(p): p.append(YAML, "x\0y:\n  in: body\n"); return []

@case("NUL in sample")
def _(p): p.write(JSON, '{"name": "a\0"}'); return []

@case("invalid UTF-8 in document")
def _(p): p.replace(RST, b"Show ", b"Show \xff"); return []

@case("invalid UTF-8 in parameters")
def _(p): p.replace(YAML, b"The name", b"The \xc3\x28name"); return []

@case("invalid UTF-8 in sample")
def _(p): p.write(JSON, b'{"name": "a\xfe\xff"}'); return []

@case("BOM, CRLF and tabs in every file")
def _(p):
    p.write(RST, dos(DOCUMENT.replace("   - ", "\t- ")))
    p.write(YAML, dos(PARAMETERS.replace("The name.", "The\tname.")))
    p.write(JSON, dos('{\n\t"name":\t"a"\n}\n'))
    return []

@case("tabs as YAML indentation")
def _(p): p.write(YAML, PARAMETERS.replace("  in: path", "\tin: path")); return []

@case("empty document")
def _(p): p.write(RST, ""); return []

@case("empty parameters")
def _(p): p.write(YAML, ""); return []

@case("empty sample")
def _(p): p.write(JSON, ""); return []

# Not a file.
@case("directory as sample")
def _(p): p.swap(JSON, "dir"); return []

@case("directory as parameters")
def _(p): p.swap(YAML, "dir"); return []

@case("directory as include")
def _(p): p.append(RST, "\n.. include:: part.inc\n"); p.swap(SOURCE + "/part.inc", "dir"); return []

@case("FIFO as sample")
def _(p): p.swap(JSON, "fifo"); return []

@case("FIFO as parameters")
def _(p): p.swap(YAML, "fifo"); return []

@case("FIFO as include")
def _(p): p.append(RST, "\n.. include:: part.inc\n"); p.swap(SOURCE + "/part.inc", "fifo"); return []

@case("FIFO as document in the folder")
def _(p): p.swap(SOURCE + "/other.rst", "fifo"); return []

@case("FIFO as document argument")
def _(p): p.swap(SOURCE + "/other.rst", "fifo"); return [SOURCE + "/other.rst"]

# Includes and the root.
@case("include cycle")
def _(p):
    p.append(RST, "\n.. include:: a.inc\n")
    p.write(SOURCE + "/a.inc", ".. include:: b.inc\n")
    p.write(SOURCE + "/b.inc", ".. include:: a.inc\n")
    return []

@case("literalinclude ../../../")
def _(p): p.write("../secret.json", "{}\n"); p.replace(RST, "samples/thing-show-resp.json", "../../../secret.json"); return []

@case("include ../../../")
def _(p): p.write("../secret.inc", "S\n=\n"); p.append(RST, "\n.. include:: ../../../secret.inc\n"); return []

@case("rest_parameters ../../../")
def _(p): p.write("../secret.yaml", PARAMETERS); p.replace(RST, "rest_parameters:: parameters.yaml", "rest_parameters:: ../../../secret.yaml"); return []

@case("include /etc/passwd")
def _(p): p.append(RST, "\n.. include:: /etc/passwd\n"); return []

@case("include /../../../../etc/passwd")
def _(p): p.append(RST, "\n.. include:: /../../../../../../etc/passwd\n"); return []

@case("link to a sample outside the root")
def _(p): p.write("../secret.json", "{}\n"); p.swap(JSON, "link", "../secret.json"); return []

@case("link to parameters outside the root")
def _(p): p.write("../secret.yaml", PARAMETERS); p.swap(YAML, "link", "../secret.yaml"); return []

@case("--root narrower than the documents")
def _(p): return ["--root", SOURCE + "/samples"]

@case("several broken files at once")
def _(p):
    p.write("../secret.json", "{}\n")
    p.append(RST, "\n.. include:: bad.inc\n.. include:: cycle.inc\n\nOther\n-----\n\n.. rest_method:: GET /others\n\n"
             "Response\n~~~~~~~~\n\n.. literalinclude:: samples/deep-resp.json\n"
             ".. literalinclude:: samples/fifo-resp.json\n.. literalinclude:: ../../../secret.json\n")
    p.write(SOURCE + "/bad.inc", b"Bad\n===\n\nx\xc0\n")
    p.write(SOURCE + "/cycle.inc", ".. include:: cycle.inc\n")
    p.write(SOURCE + "/samples/deep-resp.json", "[" * 100_000)
    p.swap(SOURCE + "/samples/fifo-resp.json", "fifo")
    p.write(SOURCE + "/other-parameters.yaml", "a: [")
    return []

# Many findings.
@case("sample with 900,000 undocumented keys")
def _(p): p.write(JSON, '{"name": "x", ' + ", ".join('"k%d": 0' % i for i in range(900_000)) + "}"); return []


# Measured from a fresh, small Python process: a forked child's peak memory counts the pages it
# shares with its parent until exec, and this one holds the big inputs it just wrote.
RUNNER = """
import os, resource, sys, time
binary, root, errors = sys.argv[1:4]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.chdir(root)
    resource.setrlimit(resource.RLIMIT_CPU, (60, 60))
    devnull = os.open(os.devnull, os.O_WRONLY)
    log = os.open(errors, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(devnull, 1)
    os.dup2(log, 2)
    os.execv(binary, [binary, "check"] + sys.argv[4:])
_, status, usage = os.wait4(pid, 0)
wall = (time.perf_counter() - start) * 1000
outcome = "signal %d" % os.WTERMSIG(status) if os.WIFSIGNALED(status) else str(os.WEXITSTATUS(status))
print(outcome, wall, usage.ru_maxrss / 1024)
"""


def run(project, arguments):
    errors = os.path.join(project.base, "stderr")
    result = subprocess.run(
        [sys.executable, "-S", "-c", RUNNER, binary, project.root, errors] + arguments,
        stdout=subprocess.PIPE, check=True, text=True)
    outcome, wall, peak = result.stdout.rsplit(" ", 2)
    with open(errors, "rb") as handle:
        first = handle.readline().decode("utf-8", "replace").rstrip("\n")
    return outcome, float(wall), float(peak), first


print(f"{'case':<40} {'exit':>6} {'wall ms':>9} {'peak MB':>8}  first line printed")
try:
    for name, build in CASES:
        if only and not any(word in name for word in only):
            continue
        project = Project(name.replace("/", "_").replace(" ", "_"))
        arguments = build(project)
        outcome, wall, peak, first = run(project, arguments)
        if len(first) > 150:
            first = first[:147] + "..."
        print(f"{name:<40} {outcome:>6} {wall:>9.0f} {peak:>8.1f}  {first}", flush=True)
        shutil.rmtree(project.base, ignore_errors=True)
finally:
    shutil.rmtree(scratch, ignore_errors=True)
PY
