"""A PNG file written row band by row band, so a poster never sits whole in memory.

Pillow's ``Image.save`` needs the whole picture; an A0 poster at 300 dpi is
140 megapixels (over 400 MB as RGB). Here each band of rows is filtered (type
0, none) and fed to one zlib stream, and IDAT chunks are written as the
compressed data comes. The DPI goes into a pHYs chunk.

Compressing took a third of a 300 dpi poster's time. zlib lets go of the
interpreter while it works, so a band is compressed and written on a worker
thread while the next band is drawn; at most two bands wait, which bounds the
memory. An error there (a full disk) comes back at the next band or at close.
"""

import struct
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from typing import BinaryIO

from PIL import Image

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
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="png-deflate")
        self._queued: list[Future] = []
        out.write(_SIGNATURE)
        _chunk(out, b"IHDR", struct.pack(">IIBBBBB", width, height, 8, _COLOR_TYPE[mode], 0, 0, 0))
        per_metre = max(1, round(dpi / 0.0254))
        _chunk(out, b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))

    def write_rows(self, raw: bytes) -> None:
        """Append whole rows of raw pixels (``mode`` bytes per pixel, top to bottom)."""
        rows = len(raw) // self.stride
        self.rows_written += rows
        while len(self._queued) >= 2:
            self._queued.pop(0).result()
        self._queued.append(self._worker.submit(self._deflate, raw, rows))

    def close(self) -> None:
        try:
            for queued in self._queued:
                queued.result()
        finally:
            self._worker.shutdown(wait=True)
        if self.rows_written != self.height:
            raise ValueError(f"{self.rows_written} of {self.height} rows written")
        self._pending += self._compressor.flush()
        self._flush(final=True)
        _chunk(self.out, b"IEND", b"")

    def abandon(self) -> None:
        """Stop without finishing the file (the caller removes it)."""
        for queued in self._queued:
            queued.cancel()
        self._worker.shutdown(wait=True)

    def _deflate(self, raw: bytes, rows: int) -> None:
        # Filter type 0 puts a zero byte before each row: the rows as a one-byte-per-
        # pixel image pasted one column right into a zeroed image, done in C.
        stride = self.stride
        band = Image.new("L", (stride + 1, rows), 0)
        band.paste(Image.frombytes("L", (stride, rows), raw), (1, 0))
        self._pending += self._compressor.compress(band.tobytes())
        self._flush(final=False)

    def _flush(self, final: bool) -> None:
        while len(self._pending) >= _CHUNK or (final and self._pending):
            piece = bytes(self._pending[:_CHUNK])
            del self._pending[:_CHUNK]
            _chunk(self.out, b"IDAT", piece)
