"""A PNG file written row band by row band, so a poster never sits whole in memory.

Pillow's ``Image.save`` needs the whole picture; an A0 poster at 300 dpi is
140 megapixels (over 400 MB as RGB). Here each band of rows is filtered (type
0, none) and fed to one zlib stream, and IDAT chunks are written as the
compressed data comes. The DPI goes into a pHYs chunk.
"""

import struct
import zlib
from typing import BinaryIO

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOR_TYPE = {"RGB": 2, "RGBA": 6}
_CHUNK = 1 << 20


def _chunk(out: BinaryIO, kind: bytes, data: bytes) -> None:
    out.write(struct.pack(">I", len(data)))
    out.write(kind)
    out.write(data)
    out.write(struct.pack(">I", zlib.crc32(data, zlib.crc32(kind)) & 0xFFFFFFFF))


class PngStreamWriter:
    def __init__(self, out: BinaryIO, width: int, height: int, mode: str, dpi: float, level: int = 6) -> None:
        self.out = out
        self.width, self.height = width, height
        self.stride = width * len(mode)
        self.rows_written = 0
        self._compressor = zlib.compressobj(level)
        self._pending = bytearray()
        out.write(_SIGNATURE)
        _chunk(out, b"IHDR", struct.pack(">IIBBBBB", width, height, 8, _COLOR_TYPE[mode], 0, 0, 0))
        per_metre = max(1, round(dpi / 0.0254))
        _chunk(out, b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))

    def write_rows(self, raw: bytes) -> None:
        """Append whole rows of raw pixels (``mode`` bytes per pixel, top to bottom)."""
        stride = self.stride
        rows = len(raw) // stride
        view = memoryview(raw)
        filtered = bytearray((stride + 1) * rows)  # a zero filter byte starts each row
        for row in range(rows):
            start = row * (stride + 1) + 1
            filtered[start:start + stride] = view[row * stride:(row + 1) * stride]
        self._pending += self._compressor.compress(filtered)
        self.rows_written += rows
        self._flush(final=False)

    def close(self) -> None:
        if self.rows_written != self.height:
            raise ValueError(f"{self.rows_written} of {self.height} rows written")
        self._pending += self._compressor.flush()
        self._flush(final=True)
        _chunk(self.out, b"IEND", b"")

    def _flush(self, final: bool) -> None:
        while len(self._pending) >= _CHUNK or (final and self._pending):
            piece = bytes(self._pending[:_CHUNK])
            del self._pending[:_CHUNK]
            _chunk(self.out, b"IDAT", piece)
