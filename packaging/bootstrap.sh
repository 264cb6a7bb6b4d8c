#!/usr/bin/env bash
# Set up JourneyMapper on a fresh Debian or Ubuntu machine with Python 3.11, then
#   bash packaging/bootstrap.sh [FILE.jmap ...]   run the editor (with no screen: make the
#                                                 sample project headless and describe it)
#   bash packaging/bootstrap.sh test              run the test suite
# It installs the Debian packages Qt needs (with sudo unless root), creates .venv
# in the repository, and installs the project from pyproject.toml into it.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=run
if [ "${1:-}" = "test" ]; then mode=test; shift; fi

# Libraries Qt loads even offscreen, and those it needs for a real X11 window.
packages=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
          libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
          libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1)
# The tests read exported PDFs back with poppler (pdftotext, pdfinfo, pdffonts), and check
# the desktop files with the desktops' own tools (validators, the MIME database, gio).
[ "$mode" = test ] && packages+=(poppler-utils desktop-file-utils appstream shared-mime-info libglib2.0-bin)
python=${PYTHON:-python3.11}
command -v "$python" >/dev/null 2>&1 || python=python3
"$python" -m venv --help >/dev/null 2>&1 || packages+=(python3-venv)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "Installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip

if [ "$mode" = test ]; then
    # A regular (not editable) install, so the tests also prove the package is complete.
    .venv/bin/python -m pip install -q ".[test]"
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest -q "$@"
fi

.venv/bin/python -m pip install -q -e .
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec .venv/bin/journeymapper "$@"
fi
echo "No screen found: creating the sample project headless instead, and exporting it."
sample="$PWD/journeymapper-sample.jmap"
.venv/bin/journeymapper sample "$sample" --force
.venv/bin/journeymapper info "$sample"
.venv/bin/journeymapper export "$sample" -o "$PWD/journeymapper-sample.pdf" --paper A3
.venv/bin/journeymapper export "$sample" -o "$PWD/journeymapper-sample.png" --dpi 150
echo
echo "The sample project is at $sample, with an A3 poster (PDF) and a PNG beside it."
echo "Open it on a machine with a screen: .venv/bin/journeymapper $sample"
