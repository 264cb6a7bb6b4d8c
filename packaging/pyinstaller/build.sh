#!/usr/bin/env bash
# Build the one-folder program with PyInstaller and prove it works:
#   bash packaging/pyinstaller/build.sh
# Result: build/pyinstaller/dist/journeymapper/journeymapper (run it, or zip the folder).
# The check makes the sample project headless with the frozen program, exports it to
# PDF and PNG, and reads both back.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/build/pyinstaller"
# A virtual environment of its own: the build gets exactly what pyproject.toml
# installs, and a developer's editable install in .venv is left alone.
base="${PYTHON:-python3.11}"
command -v "$base" >/dev/null 2>&1 || base=python3
[ -x "$out/venv/bin/python" ] || "$base" -m venv "$out/venv"
python="$out/venv/bin/python"
"$python" -m pip install -q --upgrade pip
"$python" -m pip install -q "$root" "pyinstaller>=6.10"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$out/dist" --workpath "$out/work" "$here/journeymapper.spec"
program="$out/dist/journeymapper/journeymapper"

check="$(mktemp -d)"
trap 'rm -rf "$check"' EXIT
export QT_QPA_PLATFORM=offscreen JOURNEYMAPPER_STATE_DIR="$check/state" JOURNEYMAPPER_CONFIG_DIR="$check/config"
"$program" --version
"$program" sample "$check/sample.jmap" --lang nl
"$program" check "$check/sample.jmap"
"$program" export "$check/sample.jmap" -o "$check/sample.pdf" --paper A3 --quiet
"$program" export "$check/sample.jmap" -o "$check/sample.png" --dpi 72 --quiet
"$python" - "$check" <<'PY'
import sys
from pathlib import Path
from PIL import Image
folder = Path(sys.argv[1])
pdf = (folder / "sample.pdf").read_bytes()
assert pdf.startswith(b"%PDF-") and b"NotoSans" in pdf, "the frozen program wrote no proper PDF"
with Image.open(folder / "sample.png") as image:
    image.load()
    assert image.width > 500 and len(image.resize((64, 64)).getcolors(4096) or ()) > 10, "a blank PNG"
print(f"frozen program works: PDF {len(pdf) // 1024} KB, PNG {image.width} x {image.height}")
PY
# Qt's own Dutch words (buttons, file dialogs) must travel with the program.
find "$out/dist/journeymapper" -name qtbase_nl.qm | grep -q . || { echo "qtbase_nl.qm is missing" >&2; exit 1; }
# ReportLab's C accelerators (PDF export is several times slower without them).
find "$out/dist/journeymapper" -name '_rl_accel*' | grep -q . || { echo "_rl_accel is missing" >&2; exit 1; }

# The editor itself starts (offscreen) and takes a second file: two starts at
# once (two files double-clicked together) make one editor with both files open,
# whichever of them wins; the other hands its file over and leaves.
cp "$check/sample.jmap" "$check/second.jmap"
"$program" "$check/sample.jmap" > "$check/editor1.log" 2>&1 &
first=$!
"$program" "$check/second.jmap" > "$check/editor2.log" 2>&1 &
second=$!
left=""
for _ in $(seq 1 180); do
    sleep 0.5
    if ! kill -0 "$first" 2>/dev/null; then left=$first; editor=$second; break; fi
    if ! kill -0 "$second" 2>/dev/null; then left=$second; editor=$first; break; fi
done
[ -n "$left" ] || { kill "$first" "$second"; echo "two editors: neither start handed its file over" >&2; exit 1; }
if ! wait "$left"; then cat "$check"/editor*.log >&2; kill "$editor"; echo "a start failed" >&2; exit 1; fi
"$python" - "$check/sample.jmap" "$check/second.jmap" <<'PY' || { kill "$editor"; exit 1; }
import sys, time
from journeymapper.persistence.workspace import project_lock

def held(path):  # the running editor has it open for editing, which holds its lock
    lock = project_lock(path)  # (taken for an instant only, so the editor never finds it taken)
    if lock.acquire():
        lock.release()
        return False
    return True

deadline = time.monotonic() + 60
while time.monotonic() < deadline and not all(held(p) for p in sys.argv[1:]):
    time.sleep(0.5)
if not all(held(p) for p in sys.argv[1:]):
    sys.exit("the running editor does not have both files open")
PY
kill -0 "$editor" 2>/dev/null || { cat "$check"/editor*.log >&2; echo "the frozen editor stopped" >&2; exit 1; }
kill "$editor" 2>/dev/null || true
wait "$editor" 2>/dev/null || true
echo "two frozen starts at once made one editor with both files open"

size=$(du -sh "$out/dist/journeymapper" | cut -f1)
echo "Built $out/dist/journeymapper ($size)."
