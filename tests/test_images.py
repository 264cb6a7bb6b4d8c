"""Images are checked before they enter a project: format, bytes, pixels, completeness."""

import io
import struct
import zlib

import pytest
from PIL import Image

from journeymapper.app.images import inspect_image
from journeymapper.domain import EditError, EditProblem


def png(width, height, color=(200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


def bomb_png(width, height) -> bytes:
    """A tiny PNG whose header claims a huge image (the pixel data is one short row)."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 16)) + chunk(b"IEND", b"")
    )


def refused(data, reason):
    with pytest.raises(EditError) as caught:
        inspect_image(data)
    assert caught.value.problem is EditProblem.BAD_IMAGE
    assert caught.value.details["reason"] == reason


def test_png_and_jpeg_are_measured():
    assert inspect_image(png(40, 30))[:3] == ("image/png", 40, 30)
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(buffer, "JPEG")
    assert inspect_image(buffer.getvalue())[:3] == ("image/jpeg", 64, 48)


def test_decompression_bomb_is_refused():
    refused(bomb_png(60_000, 60_000), "pixels")


def test_other_formats_are_refused():
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "GIF")
    refused(buffer.getvalue(), "format")
    refused(b"<svg xmlns='http://www.w3.org/2000/svg'/>", "format")


def test_truncated_jpeg_is_refused():
    buffer = io.BytesIO()
    Image.effect_noise((400, 300), 60).convert("RGB").save(buffer, "JPEG", quality=95)
    refused(buffer.getvalue()[: len(buffer.getvalue()) // 3], "format")


def test_oversized_file_is_refused_before_decoding():
    refused(b"\x89PNG" + b"\0" * (10 * 1024 * 1024 + 1), "bytes")


@pytest.mark.parametrize("case", __import__("reliability.image_limits", fromlist=["CASES"]).CASES)
def test_hostile_picture_is_refused_without_decoding_it(case):
    """Measured in a child process of its own, so the memory figure is this picture's alone."""
    from reliability import image_limits

    result = image_limits.measure(case)
    assert result["outcome"].startswith("refused"), result
    assert result["extra_mb"] < 50, result  # refused before any pixel was decoded
