"""Edits of the project's personas and stored images."""

import dataclasses
import hashlib

from .changes import Changes
from .kinds import Kind
from .reads import DocumentReads
from .records import Image, Persona
from .rules import KEEP, check_image, check_index, check_name, check_text
from .store import Patch

_PERSONA_TEXTS = ("role", "description", "quote", "needs", "goals")


class PersonaEdits(DocumentReads):
    def add_persona(self, name: str, *, index: int | None = None, id: str | None = None, **texts: str) -> Changes:
        check_name(name, "name")
        fields = self._persona_texts(texts)
        siblings = self.personas()
        index = check_index(index, len(siblings))
        new = Persona(id=id or self.new_id(), position=index, name=name, **fields)
        patch = Patch(self.store)
        patch.renumber(siblings[:index] + [new] + siblings[index:])
        return patch.commit()

    def update_persona(self, persona_id: str, *, name=KEEP, photo_id=KEEP, **texts) -> Changes:
        current = self.persona(persona_id)
        fields = self._persona_texts({k: v for k, v in texts.items() if v is not KEEP})
        if name is not KEEP:
            fields["name"] = check_name(name, "name")
        if photo_id is not KEEP:
            if photo_id is not None:
                self.image(photo_id)
            fields["photo_id"] = photo_id
        patch = Patch(self.store)
        patch.put(dataclasses.replace(current, **fields))
        return patch.commit()

    def delete_persona(self, persona_id: str) -> Changes:
        """Remove a persona; maps that showed it keep their context without it."""
        self.persona(persona_id)
        patch = Patch(self.store)
        for journey in self.maps():
            if journey.persona_id == persona_id:
                patch.put(dataclasses.replace(journey, persona_id=None))
        patch.remove(Kind.PERSONA, persona_id)
        patch.renumber([p for p in self.personas() if p.id != persona_id])
        return patch.commit()

    def add_image(self, mime: str, width: int, height: int, data: bytes) -> tuple[str, Changes]:
        """Store an image, already decoded and measured by the caller.

        The id is the content's hash, so adding the same picture twice stores
        it once. Returns the id and the changes (empty if it was there).
        """
        check_image(mime, width, height, data)
        image_id = hashlib.sha256(data).hexdigest()[:32]
        patch = Patch(self.store)
        patch.put(Image(image_id, mime, width, height, bytes(data)))
        return image_id, patch.commit()

    @staticmethod
    def _persona_texts(texts: dict) -> dict:
        unknown = set(texts) - set(_PERSONA_TEXTS)
        if unknown:
            raise TypeError(f"unknown persona fields: {sorted(unknown)}")
        return {k: check_text(v, k) for k, v in texts.items()}
