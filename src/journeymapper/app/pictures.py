"""The project's pictures as they are, not as their rows say: checked, placed, dropped, prepared.

Opening checks what an image row says (type, size, bytes); only decoding
shows what the bytes are. ``picture_problems`` decodes each picture the way
exports do (PNG and JPEG only, within the limits) and says where each one
that fails is shown, for ``check``, ``check --repair`` and export warnings.
"""

import dataclasses
from dataclasses import dataclass

from ..domain import Document, EditError, EditProblem, Kind
from ..domain import rules


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


def picture_problems(document: Document) -> list[PictureProblem]:
    """Each picture of the project that cannot be decoded as a PNG or JPEG within the limits."""
    from ..export.pictures import PictureError, decode  # Pillow loads only when pictures are checked

    problems = []
    for image in document.images():
        try:
            # At most 1/8 of a JPEG's size is decoded, yet all its data is read; a PNG decodes whole.
            decode(image.data, mime=image.mime, size=(image.width, image.height),
                   fit=(max(1, image.width // 8), max(1, image.height // 8)))
        except PictureError as error:
            problems.append(PictureProblem(image.id, error.reason, picture_places(document, image.id)))
    return problems


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
