"""Hostile pictures put into a project (``prepare_picture``, the editor's path): each is
refused, quickly and without decoding it.

Every case runs in a fresh child process, so its peak memory (the C
allocations of Pillow included, which tracemalloc does not see) is its own.
``python tests/reliability/image_limits.py`` prints the table recorded in
docs/reliability.md.
"""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zlib

CASES = (
    "png_bomb",
    "png_bomb_at_side_limit",
    "jpeg_bomb",
    "png_header_40mp",
    "jpeg_header_176mp",
    "gif",
    "svg",
    "webp_named_png",
    "truncated_jpeg",
    "garbage",
    "empty",
)

CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from image_limits import make
from journeymapper.app.pictures import prepare_picture
from journeymapper.domain import EditError
data = make(sys.argv[2])
import PIL.Image, PIL.PngImagePlugin, PIL.JpegImagePlugin  # loaded before measuring, as in the editor
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
try:
    prepare_picture(data)
    outcome = "accepted"
except EditError as error:
    outcome = "refused:" + str(error.details.get("reason"))
except BaseException as error:
    outcome = "exception:" + type(error).__name__
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": outcome, "ms": round(seconds * 1000, 2), "extra_mb": round((peak - before) / 1024, 1),
                  "bytes": len(data)}))
"""


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge image (the pixel data is one short row)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\0" * 16))
        + _chunk(b"IEND", b"")
    )


def _jpeg_header_only(width: int, height: int) -> bytes:
    """A small JPEG whose frame header claims ``width`` x ``height`` pixels."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "white").save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    marker = data.find(b"\xff\xc0")  # start of frame: height and width follow
    struct.pack_into(">HH", data, marker + 5, height, width)
    return bytes(data)


def make(case: str) -> bytes:
    from PIL import Image

    if case == "png_bomb":
        return _png_header_only(60_000, 60_000)
    if case == "png_bomb_at_side_limit":
        return _png_header_only(12_001, 10)  # one pixel past the side limit, few pixels
    if case == "jpeg_bomb":
        return _jpeg_header_only(65_000, 65_000)
    if case == "png_header_40mp":  # as many pixels as a PNG may have when inserted, one row of data
        return _png_header_only(8_000, 5_000)
    if case == "jpeg_header_176mp":  # a photo's size a JPEG may have (it is scaled down), no data
        return _jpeg_header_only(16_000, 11_000)
    if case == "gif":
        buffer = io.BytesIO()
        Image.new("RGB", (10, 10)).save(buffer, "GIF")
        return buffer.getvalue()
    if case == "svg":
        return b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
    if case == "webp_named_png":
        buffer = io.BytesIO()
        Image.new("RGB", (10, 10)).save(buffer, "WEBP")
        return buffer.getvalue()
    if case == "truncated_jpeg":
        buffer = io.BytesIO()
        Image.effect_noise((400, 300), 60).convert("RGB").save(buffer, "JPEG", quality=95)
        return buffer.getvalue()[: len(buffer.getvalue()) // 3]
    if case == "garbage":
        return bytes(range(256)) * 40
    if case == "empty":
        return b""
    raise ValueError(case)


def measure(case: str) -> dict:
    from pathlib import Path

    here = str(Path(__file__).resolve().parent)
    child = subprocess.run([sys.executable, "-c", CHILD, here, case], capture_output=True, text=True, timeout=60)
    if child.returncode != 0:
        return {"outcome": f"crash: {child.returncode} {child.stderr[-300:]}", "ms": 0, "extra_mb": 0, "bytes": 0}
    return json.loads(child.stdout)


def main() -> int:
    print("| picture | bytes | outcome | time (ms) | extra peak memory (MB) |")
    print("|---|---|---|---|---|")
    bad = 0
    for case in CASES:
        result = measure(case)
        bad += not result["outcome"].startswith("refused")
        print(f"| {case} | {result['bytes']} | {result['outcome']} | {result['ms']} | {result['extra_mb']} |")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
