"""Reading exported PDFs back with poppler-utils (installed by packaging/bootstrap.sh test)."""

import re
import subprocess
from html import unescape
from pathlib import Path


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


def text(path: Path, raw: bool = True) -> str:
    return run("pdftotext", *(["-raw"] if raw else []), "-enc", "UTF-8", str(path), "-")


def info(path: Path) -> dict[str, str]:
    fields = {}
    for line in run("pdfinfo", "-enc", "UTF-8", str(path)).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields


def page_sizes(path: Path) -> list[tuple[float, float]]:
    count = int(info(path)["Pages"])
    out = run("pdfinfo", "-f", "1", "-l", str(count), str(path))
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)]


def fonts(path: Path) -> list[dict[str, str]]:
    rows = run("pdffonts", str(path)).splitlines()[2:]
    found = []
    for row in rows:
        parts = row.split()
        # name type... encoding emb sub uni object-id generation
        found.append({"name": parts[0], "embedded": parts[-5], "subset": parts[-4], "unicode": parts[-3]})
    return found


def words(path: Path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) of every word on ``page``, y from the top."""
    out = run("pdftotext", "-bbox", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-")
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
    return [(unescape(w), float(a), float(b), float(c), float(d)) for a, b, c, d, w in pattern.findall(out)]


def page_image(path: Path, page: int = 1, dpi: int = 72, mode: str = "L"):
    """One page rendered by poppler, as a Pillow image (greyscale unless ``mode``)."""
    import tempfile

    from PIL import Image

    with tempfile.TemporaryDirectory() as folder:
        stem = Path(folder) / "page"
        run("pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-png", str(path), str(stem))
        with Image.open(stem.with_suffix(".png")) as image:
            return image.convert(mode)
