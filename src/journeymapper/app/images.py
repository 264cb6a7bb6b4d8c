"""Checking and measuring an image before it goes into a project.

Only PNG and JPEG are decoded, Pillow's decompression-bomb guard stays on,
and the size limits of the domain apply before any pixel is decoded.
"""

import io
import warnings

from PIL import Image as PILImage

from ..domain import EditError, EditProblem, rules

_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}


def inspect_image(data: bytes) -> tuple[str, int, int, bytes]:
    """(mime, width, height, data) of a PNG or JPEG; EditError(BAD_IMAGE) otherwise."""
    if len(data) > rules.MAX_IMAGE_BYTES:
        raise EditError(EditProblem.BAD_IMAGE, reason="bytes")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's notes on odd chunks: never on the terminal
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(data), formats=list(_FORMATS)) as image:
                width, height = image.size
                mime = _FORMATS[str(image.format)]  # None is no format of ours: KeyError
                rules.check_image(mime, width, height, data)
                if mime == "image/jpeg":
                    # verify() does not notice a truncated JPEG; decoding does. Draft
                    # mode decodes at 1/8 scale, so even a 40-megapixel photo costs
                    # little memory while the whole stream is still read.
                    image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                    image.load()
                else:
                    image.verify()  # checks every PNG chunk's checksum without decoding
    except EditError:
        raise
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise EditError(EditProblem.BAD_IMAGE, reason="pixels") from None
    except Exception:  # noqa: BLE001 - a hostile file makes Pillow raise anything; each is "not a picture"
        raise EditError(EditProblem.BAD_IMAGE, reason="format") from None
    return mime, width, height, data
