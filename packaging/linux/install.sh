#!/usr/bin/env bash
# Make JourneyMapper a desktop application for this user: a launcher in the menu,
# its icon, and .jmap files that open in it on a double-click.
#   bash packaging/linux/install.sh [JOURNEYMAPPER_COMMAND]   install (default: .venv/bin/journeymapper)
#   bash packaging/linux/install.sh --uninstall                 remove it again
# Files go under ${XDG_DATA_HOME:-~/.local/share}; nothing needs root.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
id=org.journeymapper.JourneyMapper

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/$id.desktop" "$data/mime/packages/$id.xml" "$data/metainfo/$id.metainfo.xml"
    find "$data/icons/hicolor" -name "$id.*" -delete 2>/dev/null || true
    refresh
    echo "JourneyMapper is no longer in the menu; your projects are untouched."
    exit 0
fi

command="${1:-$root/.venv/bin/journeymapper}"
if [ ! -x "$command" ]; then
    echo "No JourneyMapper command at $command: run 'bash packaging/bootstrap.sh' first, or name it." >&2
    exit 1
fi
command="$(cd "$(dirname "$command")" && pwd)/$(basename "$command")"
mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo" "$data/icons"
# The launcher runs this very installation; quotes keep a path with spaces whole.
sed "s|^Exec=journeymapper |Exec=\"$command\" |" "$here/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/$id.mime.xml" "$data/mime/packages/$id.xml"
cp "$here/$id.metainfo.xml" "$data/metainfo/"
cp -r "$here/icons/hicolor" "$data/icons/"
refresh
echo "JourneyMapper is in the menu, and .jmap files open in it ($command)."
