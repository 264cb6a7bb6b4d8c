"""Project files whose picture rows hold what no picture of ours may be.

Opening checks only what an image row says about itself (type, size in
pixels, bytes); these files say all the right things and hold something
else: PostScript (which Pillow hands to Ghostscript), TIFF, SVG, PNGs whose
text or colour-profile chunks inflate to megabytes, a JPEG claiming
65,000 x 65,000 pixels, and headers that lie. Each replaces the sample's
step picture (the washing machine), so a warning can name the map and step.

``build_pictures(folder, sample)`` writes them all; ``python
tests/reliability/hostile_pictures.py`` prints what check and export make
of each.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Where the EPS would write if PostScript in it ever ran (beside the project file).
EPS_MARKER = "postscript-ran.txt"


@dataclass(frozen=True)
class HostilePicture:
    name: str
    what: str
    make: Callable[[Path], bytes]  # the bytes, given the folder the project file is in
    mime: str = "image/png"  # what the row claims: always something opening accepts
    width: int = 120
    height: int = 80


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png(width: int = 120, height: int = 80, extra: bytes = b"") -> bytes:
    """A real PNG; ``extra`` chunks go right after the header, where Pillow reads them on open."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (40, 120, 200)).save(buffer, "PNG")
    data = buffer.getvalue()
    end_of_header = 8 + 8 + 13 + 4
    return data[:end_of_header] + extra + data[end_of_header:]


def _jpeg(width: int = 120, height: int = 80) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 120, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


def _eps(folder: Path) -> bytes:
    """Encapsulated PostScript that writes a file when a PostScript interpreter runs it."""
    target = str(folder / EPS_MARKER).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return (
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 120 80\n"
        + f"({target}) (w) file dup (PostScript ran) writestring closefile\n".encode()
        + b"0 0 moveto 120 80 lineto stroke\nshowpage\n%%EOF\n"
    )


def _tiff(_folder: Path) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (10, 200, 10)).save(buffer, "TIFF")
    return buffer.getvalue()


def _svg(_folder: Path) -> bytes:
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaaaaaaaa">]>\n'
        b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80">'
        b'<rect width="120" height="80" fill="red"/><text>&a;</text></svg>\n'
    )


def _huge_ztxt(_folder: Path) -> bytes:
    """16 MB of text squeezed into a 16 KB zTXt chunk."""
    return _png(extra=_chunk(b"zTXt", b"Comment\0\0" + zlib.compress(b"\0" * 16_000_000, 9)))


def _huge_iccp(_folder: Path) -> bytes:
    """A colour profile that inflates to 16 MB."""
    return _png(extra=_chunk(b"iCCP", b"icc\0\0" + zlib.compress(b"\0" * 16_000_000, 9)))


def _jpeg_claiming_65000(_folder: Path) -> bytes:
    """A small JPEG whose frame header claims 65,000 x 65,000 pixels (4.2 gigapixels)."""
    data = bytearray(_jpeg())
    at = data.index(b"\xff\xc0")  # start of frame: length (2), precision (1), height (2), width (2)
    data[at + 5 : at + 9] = struct.pack(">HH", 65_000, 65_000)
    return bytes(data)


def _jpeg_header_lies(_folder: Path) -> bytes:
    """A 120 x 80 JPEG whose header (and row) say 6,000 x 4,000: libjpeg pads the rest with grey."""
    data = bytearray(_jpeg())
    at = data.index(b"\xff\xc0")
    data[at + 5 : at + 9] = struct.pack(">HH", 4_000, 6_000)
    return bytes(data)


def _png_size_lies(_folder: Path) -> bytes:
    """A PNG header of 8,000 x 5,000 pixels (within every limit) over one short row of data."""
    header = struct.pack(">IIBBBBB", 8_000, 5_000, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\0" * 16))
        + _chunk(b"IEND", b"")
    )


def _jpeg_posing_as_png(_folder: Path) -> bytes:
    return _jpeg()


def _png_wrong_size(_folder: Path) -> bytes:
    return _png(30, 600)


PICTURES: tuple[HostilePicture, ...] = (
    HostilePicture("eps", "PostScript that writes a file if it runs (Pillow hands EPS to Ghostscript)", _eps),
    HostilePicture("tiff", "a TIFF in a row that says PNG", _tiff),
    HostilePicture("svg", "an SVG with an entity, in a row that says PNG", _svg),
    HostilePicture("png-huge-ztxt", "a PNG with a zTXt chunk that inflates to 16 MB", _huge_ztxt),
    HostilePicture("png-huge-iccp", "a PNG with a colour profile that inflates to 16 MB", _huge_iccp),
    HostilePicture(
        "jpeg-65000", "a JPEG whose header claims 65,000 x 65,000 pixels", _jpeg_claiming_65000, mime="image/jpeg"
    ),
    HostilePicture(
        "jpeg-header-lies",
        "a small JPEG whose header and row claim 6,000 x 4,000 pixels",
        _jpeg_header_lies,
        mime="image/jpeg",
        width=6_000,
        height=4_000,
    ),
    HostilePicture("png-size-lies", "a PNG header of 8,000 x 5,000 pixels over one row of data", _png_size_lies),
    HostilePicture(
        "jpeg-says-png", "a JPEG in a row that says PNG (the header lies about the type)", _jpeg_posing_as_png
    ),
    HostilePicture("size-lies", "a 30 x 600 PNG in a row that says 120 x 80", _png_wrong_size),
)


def replace_step_picture(
    path: Path, data: bytes, mime: str, width: int, height: int, query: str = "SELECT image_id FROM step_image LIMIT 1"
) -> None:
    """Put ``data`` in the image row the sample's step picture (or the row ``query`` finds) uses,
    the row claiming ``mime`` and size."""
    conn = sqlite3.connect(path)
    try:
        (image_id,) = conn.execute(query).fetchone()
        conn.execute(
            "UPDATE image SET mime = ?, width = ?, height = ?, data = ? WHERE id = ?",
            (mime, width, height, data, image_id),
        )
        conn.commit()
    finally:
        conn.close()


PERSONA_PHOTO = "SELECT photo_id FROM persona WHERE photo_id IS NOT NULL LIMIT 1"


def build_pictures(folder: Path, sample: Path) -> list[tuple[HostilePicture, Path]]:
    """Every hostile picture in a copy of ``sample``, one project file each in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for entry in PICTURES:
        path = folder / f"picture-{entry.name}.jmap"
        shutil.copyfile(sample, path)
        replace_step_picture(path, entry.make(folder), entry.mime, entry.width, entry.height)
        made.append((entry, path))
    return made


def main() -> int:
    """Print what ``check`` says of each file and whether a PDF export of it works."""
    import tempfile

    from journeymapper.app.exporting import ExportRequest, plan_export, run_export, select_maps
    from journeymapper.app.new_project import sample_project
    from journeymapper.app.pictures import picture_problems
    from journeymapper.content.markers import untranslated
    from journeymapper.persistence import read_project, write_project

    print("| picture | what it holds | check | PDF export |")
    print("|---|---|---|---|")
    wrong = 0
    with tempfile.TemporaryDirectory(prefix="jm-pictures-") as folder:
        sample = Path(folder) / "sample.source"
        write_project(sample, sample_project(untranslated))
        for entry, path in build_pictures(Path(folder) / "files", sample):
            document, _, _ = read_project(path)
            problems = picture_problems(document)
            request = ExportRequest("pdf", select_maps(document, None, False))
            result = run_export(document, plan_export(document, request), path.with_suffix(".pdf"))
            found = ", ".join(p.reason for p in problems) or "sound"
            print(f"| {entry.name} | {entry.what} | {found} | {len(result.skipped_pictures)} picture skipped |")
            wrong += not problems or not result.skipped_pictures or (path.parent / EPS_MARKER).exists()
    return 1 if wrong else 0


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
