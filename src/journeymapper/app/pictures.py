"""The project's pictures as they are, not as their rows say: checked, placed, dropped, prepared.

Opening checks what an image row says (type, size, bytes); only decoding
shows what the bytes are. ``picture_problems`` decodes each picture the way
exports do (PNG and JPEG only, within the limits) and says where each one
that fails is shown, for ``check``, ``check --repair`` and export warnings.
``prepare_picture`` makes a picture file fit to go into a project: photos
from a phone camera are scaled down, not refused.
"""

import dataclasses
import io
import warnings
from dataclasses import dataclass

from ..domain import Document, EditError, EditProblem, Kind, rules


@dataclass(frozen=True)
class PicturePlace:
    """Where a picture shows: a step of a map, or the persona photo in a map's header."""

    map_title: str
    step_name: str | None = None
    persona_name: str | None = None


@dataclass(frozen=True)
class PictureProblem:
    image_id: str
    reason: str  # "format", "pixels" or "mismatch" (see export.pictures.PictureError)
    places: tuple[PicturePlace, ...]


def picture_places(document: Document, image_id: str, map_ids=None) -> tuple[PicturePlace, ...]:
    """Every place of the maps (all, or ``map_ids``) that shows the picture, in map order."""
    places = []
    for journey in document.maps():
        if map_ids is not None and journey.id not in map_ids:
            continue
        if journey.persona_id is not None:
            persona = document.store.get(Kind.PERSONA, journey.persona_id)
            if persona is not None and persona.photo_id == image_id:
                places.append(PicturePlace(journey.title, persona_name=persona.name))
        steps = {step.id: step for step in document.map_steps(journey.id)}
        for lane in document.lanes(journey.id):
            for step_id, step in steps.items():
                cell = document.step_image(lane.id, step_id)
                if cell is not None and cell.image_id == image_id:
                    places.append(PicturePlace(journey.title, step_name=step.name))
    return tuple(places)


def _problem_of(image) -> str | None:
    """Why the picture cannot be decoded as exports decode it, or None when it can."""
    from ..export.pictures import PictureError, decode  # Pillow loads only when pictures are checked

    try:
        # At most 1/8 of a JPEG's size is decoded, yet all its data is read; a PNG decodes whole.
        decode(
            image.data,
            mime=image.mime,
            size=(image.width, image.height),
            fit=(max(1, image.width // 8), max(1, image.height // 8)),
        )
    except PictureError as error:
        return error.reason
    return None


def picture_problems(document: Document) -> list[PictureProblem]:
    """Each picture of the project that cannot be decoded as a PNG or JPEG within the limits."""
    problems = []
    for image in document.images():
        reason = _problem_of(image)
        if reason is not None:
            problems.append(PictureProblem(image.id, reason, picture_places(document, image.id)))
    return problems


# (image id, hash of its bytes) -> whether exports can print it; bytes cache their hash,
# so a picture is decoded once per process, and no picture's bytes are kept here.
_PRINTABLE: dict[tuple[str, int], bool] = {}


def shown_pictures(images) -> dict[str, bytes]:
    """{id: bytes} of the pictures an export would print, for the canvas, the export
    preview and printing: the screen never shows a picture the poster leaves out
    (Qt's PNG reader shows some that Pillow rightly refuses, such as a text chunk
    that inflates to 16 MB). ``images``: Image records."""
    shown = {}
    for image in images:
        key = (image.id, hash(image.data))
        printable = _PRINTABLE.get(key)
        if printable is None:
            printable = _PRINTABLE[key] = _problem_of(image) is None
        if printable:
            shown[image.id] = image.data
    return shown


def without_pictures(document: Document, image_ids) -> Document:
    """The document with these pictures gone, and every step and persona that showed them without one."""
    image_ids = set(image_ids)
    records = []
    for kind in Kind:
        for record in document.store.all(kind):
            if kind is Kind.IMAGE and record.id in image_ids:
                continue
            if kind is Kind.STEP_IMAGE and record.image_id in image_ids:
                continue
            if kind is Kind.PERSONA and record.photo_id in image_ids:
                record = dataclasses.replace(record, photo_id=None)
            records.append(record)
    return Document.from_records(records)


# -- bringing a picture in ------------------------------------------------------------------------

STORED_SIDE = 2_400  # longest side a picture is stored at: sharp on an A0 poster's cell, small in the file
JPEG_QUALITY = 88
# A phone photo (48-200 megapixels) is scaled down; more than this is no photo but a bomb.
# Pillow itself refuses twice its MAX_IMAGE_PIXELS (about 179 megapixels) on open.
MAX_INSERT_PIXELS = 178_000_000
MAX_INSERT_SIDE = 30_000
MAX_INSERT_BYTES = 64 * 1024 * 1024
# A PNG cannot be decoded at a reduced scale: all of it is in memory at once (4 bytes a pixel).
MAX_INSERT_PNG_PIXELS = rules.MAX_IMAGE_PIXELS


def prepare_picture(data: bytes) -> tuple[str, int, int, bytes]:
    """(mime, width, height, data) ready for ``Document.add_image``; EditError(BAD_IMAGE) otherwise.

    A PNG or JPEG whose longest side is at most 2,400 pixels (and within the
    stored limits) is kept byte for byte. A larger one is scaled down to that
    and encoded again: as PNG if it has any transparency, else as JPEG.
    """
    from PIL import Image

    from ..export.pictures import MIMES, PictureError, decode, has_alpha

    if len(data) > MAX_INSERT_BYTES:
        raise EditError(EditProblem.BAD_IMAGE, reason="bytes")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data), formats=list(MIMES)) as header:  # the header only
                width, height, mime = *header.size, MIMES[str(header.format)]
                orientation = header.getexif().get(0x0112, 1)  # how the camera was held
    except Image.DecompressionBombError:
        raise EditError(EditProblem.BAD_IMAGE, reason="pixels") from None
    except Exception:  # noqa: BLE001 - a hostile file makes Pillow raise anything; each is "not a picture"
        raise EditError(EditProblem.BAD_IMAGE, reason="format") from None
    if max(width, height) <= STORED_SIDE and len(data) <= rules.MAX_IMAGE_BYTES:
        from .images import inspect_image

        return inspect_image(data)  # small enough: kept as it is, once it is known to decode
    scale = min(1.0, STORED_SIDE / max(width, height))  # a small picture of many bytes is only encoded again
    target = (max(1, round(width * scale)), max(1, round(height * scale)))
    limit = MAX_INSERT_PNG_PIXELS if mime == "image/png" else MAX_INSERT_PIXELS
    try:
        picture = decode(data, fit=target, max_pixels=limit, max_side=MAX_INSERT_SIDE)
    except PictureError as error:
        raise EditError(EditProblem.BAD_IMAGE, reason="pixels" if error.reason == "pixels" else "format") from None
    picture = picture.resize(target, Image.Resampling.LANCZOS)
    # The file written here has no EXIF, so the turn the camera noted is made in the pixels.
    turn = {3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_270, 8: Image.Transpose.ROTATE_90}.get(orientation)
    if turn is not None:
        picture = picture.transpose(turn)
        target = picture.size
    buffer = io.BytesIO()
    if has_alpha(picture):
        picture.save(buffer, "PNG")  # optimize=True: 3 % smaller, 12 times slower (23 s for 3.6 MP of grain)
        mime = "image/png"
    else:
        picture.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
        mime = "image/jpeg"
    stored = buffer.getvalue()
    rules.check_image(mime, *target, stored)
    return mime, *target, stored
