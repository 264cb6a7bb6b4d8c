"""Render the application icon (resources/icons/journeymapper.svg) to the hicolor sizes.

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py

Writes packaging/linux/icons/hicolor/NxN/apps/APP_ID.png for N in 16 ... 512
and the SVG itself as scalable/apps/APP_ID.svg. Qt's own SVG renderer draws
them, so no other tool is needed; tests/test_desktop_files.py checks that the
files match a fresh rendering.
"""

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SVG = ROOT / "resources" / "icons" / "journeymapper.svg"
HICOLOR = HERE / "linux" / "icons" / "hicolor"


def render(size: int):
    """The icon at ``size`` pixels square, as a QImage."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    sys.path.insert(0, str(ROOT / "src"))
    from journeymapper import APP_ID

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - Qt needs one
    for size in SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), "PNG"):
            print(f"could not write {target}", file=sys.stderr)
            return 1
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    print(f"wrote {len(SIZES)} sizes and the SVG under {HICOLOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
