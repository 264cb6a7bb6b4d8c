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

# The editor itself starts (offscreen) and takes a second file handed to it, even
# when the second start comes before the first has opened anything (two files
# double-clicked together).
cp "$check/sample.jmap" "$check/second.jmap"
"$program" "$check/sample.jmap" > "$check/editor.log" 2>&1 &
editor=$!
handed=no
if timeout 90 "$program" "$check/second.jmap"; then handed=yes; fi
[ "$handed" = no ] || "$python" - "$check/second.jmap" <<'PY' || handed=no
import sys, time
from journeymapper.persistence import FileProblem, ProjectFile, ProjectFileError
deadline = time.monotonic() + 60
while time.monotonic() < deadline:  # the running editor opens it for editing, which locks it
    try:
        ProjectFile.open(sys.argv[1])[0].close()
    except ProjectFileError as error:
        if error.problem is FileProblem.ALREADY_OPEN:
            sys.exit(0)
    time.sleep(0.5)
sys.exit("the running editor took the second file but did not open it")
PY
kill -0 "$editor" 2>/dev/null || { cat "$check/editor.log" >&2; echo "the frozen editor stopped" >&2; exit 1; }
kill "$editor" 2>/dev/null || true
wait "$editor" 2>/dev/null || true
[ "$handed" = yes ] || { echo "the frozen editor never took a second file" >&2; exit 1; }
echo "frozen editor started and opened a second file in its own window"

size=$(du -sh "$out/dist/journeymapper" | cut -f1)
echo "Built $out/dist/journeymapper ($size)."
