"""Decoding a project's pictures: PNG and JPEG only, within the limits, quietly.

Opening a project checks only what an image row says about itself; the
bytes may be anything. Pillow, asked to open bytes without ``formats``,
tries every format it knows, EPS included, which it runs through
Ghostscript. So every decode of a picture goes through ``decode``: the two
formats named, the pixel count checked from the header before any pixel is
decoded, Pillow's decompression-bomb guard left on, and its warnings kept
off the terminal. Libraries (ReportLab) get the decoded image, never bytes.
"""

import io
import warnings

from PIL import Image

from ..domain import rules

FORMATS = ("PNG", "JPEG")
# A JPEG header may claim any size over a few bytes of data ending in an end
# marker, and libjpeg then pads it with grey: 631 bytes claiming 176 megapixels
# decoded to a 2,400-pixel grey picture in 0.6 s and 84 MB. Even a picture of one
# flat colour needs a few bits per 8 x 8 block; photos hold about 0.1 to 1 pixel
# a byte. A big JPEG with fewer bytes than this allows has a header that lies.
# (A PNG whose data falls short fails to decode: zlib notices.)
JPEG_MAX_PIXELS_PER_BYTE = 2_000
MIMES = {"PNG": "image/png", "JPEG": "image/jpeg"}


class PictureError(Exception):
    """A picture that cannot be used; ``reason``: "format", "pixels" or "mismatch"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def decode(
    data: bytes,
    *,
    mime: str | None = None,
    size: tuple[int, int] | None = None,
    fit: tuple[int, int] | None = None,
    max_pixels: int = rules.MAX_IMAGE_PIXELS,
    max_side: int = rules.MAX_IMAGE_SIDE,
) -> Image.Image:
    """The picture in ``data``, decoded: RGBA if it has any transparency, else RGB.

    ``mime`` and ``size``: what the project says the picture is; bytes that
    say otherwise are refused ("mismatch"): a header that lies is not
    trusted for anything else either. ``fit``: the picture is wanted no
    larger than this, so a big JPEG is decoded at 1/2, 1/4 or 1/8 of its size
    (it is not resized to it). Raises PictureError.
    """
    try:
        with warnings.catch_warnings():
            # Pillow warns on odd chunks and big images; the caller reports the picture
            # itself, and these lines would reach the terminal of `journeymapper export`.
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data), formats=list(FORMATS)) as image:
                width, height = image.size
                if mime is not None and MIMES[image.format or ""] != mime:
                    raise PictureError("mismatch")
                if size is not None and (width, height) != tuple(size):
                    raise PictureError("mismatch")
                if not (0 < width <= max_side and 0 < height <= max_side) or width * height > max_pixels:
                    raise PictureError("pixels")
                if image.format == "JPEG" and width * height > max(1_000_000, len(data) * JPEG_MAX_PIXELS_PER_BYTE):
                    raise PictureError("pixels")
                if fit is not None:
                    image.draft(None, fit)  # JPEG: decoded at a reduced scale; PNG: no effect
                image.load()
                return _normalised(image)
    except PictureError:
        raise
    except Image.DecompressionBombError:
        raise PictureError("pixels") from None
    except Exception:  # noqa: BLE001 - not PNG or JPEG, truncated, damaged, a chunk too large: Pillow raises many kinds
        raise PictureError("format") from None


def has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _normalised(image: Image.Image) -> Image.Image:
    """RGB or RGBA, the two modes every consumer (ReportLab, pasting, saving) handles alike."""
    if has_alpha(image):
        return image.convert("RGBA")
    return image.convert("RGB") if image.mode != "RGB" else image.copy()


class Pictures:
    """The project's pictures for one export, decoded on first use.

    A picture that cannot be decoded is left out and remembered in
    ``failed`` (id -> reason), so the export can say which one and where.
    """

    def __init__(self, images) -> None:
        """``images``: the project's Image records (id, mime, width, height, data)."""
        self.images = {image.id: image for image in images}
        self.failed: dict[str, str] = {}
        self._scaled: dict[tuple[str, int, int], Image.Image | None] = {}

    def scaled(self, image_id: str, width: int, height: int) -> Image.Image | None:
        """The picture at exactly ``width`` x ``height`` pixels, or None if it cannot be shown."""
        key = (image_id, width, height)
        if key not in self._scaled:
            picture = self.decoded(image_id, (width, height))
            if picture is not None and picture.size != (width, height):
                picture = picture.resize((width, height), Image.Resampling.LANCZOS)
            self._scaled[key] = picture
        return self._scaled[key]

    def decoded(self, image_id: str, fit: tuple[int, int] | None = None) -> Image.Image | None:
        record = self.images.get(image_id)
        if record is None or image_id in self.failed:
            return None
        try:
            return decode(record.data, mime=record.mime, size=(record.width, record.height), fit=fit)
        except PictureError as error:
            self.failed[image_id] = error.reason
            return None
