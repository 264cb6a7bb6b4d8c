"""Edits of what the cells hold: cards, emotion scores, channels, metrics, images."""

import dataclasses
from collections.abc import Iterable
from typing import Any

from .changes import Changes
from .errors import EditError, EditProblem
from .kinds import Kind
from .reads import DocumentReads
from .records import Card, Emotion, Lane, LaneKind, Metric, StepChannels, StepImage
from .rules import KEEP, check_color, check_index, check_name, check_number, check_score, check_text
from .store import Patch


class ContentEdits(DocumentReads):
    def _cell_lane(self, lane_id: str, step_id: str, kind: LaneKind | None) -> Lane:
        """The lane of a cell, after checking the step is of the same map and the lane
        of the expected kind (``None``: any text lane)."""
        lane = self.lane(lane_id)
        if self.map_of_step(step_id) != lane.map_id:
            raise EditError(EditProblem.NOT_SAME_MAP)
        if (kind is None and not lane.kind.holds_cards) or (kind is not None and lane.kind is not kind):
            raise EditError(EditProblem.WRONG_LANE_KIND, lane=lane_id, expected=kind.value if kind else "text")
        return lane

    # -- cards -------------------------------------------------------------
    def add_card(
        self, lane_id: str, step_id: str, text: str, *, index: int | None = None, color: str = "", id: str | None = None
    ) -> Changes:
        return self.add_cards(lane_id, step_id, [text], index=index, color=color, ids=[id] if id else None)

    def add_cards(
        self,
        lane_id: str,
        step_id: str,
        texts: Iterable[str],
        *,
        index: int | None = None,
        color: str = "",
        ids: list[str] | None = None,
        colors: Iterable[str] | None = None,
    ) -> Changes:
        """Add cards in a row into one cell, as one edit (a paste of several lines).

        ``colors`` gives each card its own colour (a paste of copied cards);
        otherwise all get ``color``.
        """
        self._cell_lane(lane_id, step_id, None)
        texts = [check_text(text, "text") for text in texts]
        colors = [check_color(c) for c in colors] if colors is not None else [check_color(color)] * len(texts)
        if len(colors) != len(texts):
            raise EditError(EditProblem.BAD_INDEX, index=len(colors))
        ids = list(ids) if ids else [self.new_id() for _ in texts]
        siblings = self.cards(lane_id, step_id)
        index = check_index(index, len(siblings))
        new = [  # (at their places already: renumbering need not copy them)
            Card(id=card_id, lane_id=lane_id, step_id=step_id, position=place, text=text, color=card_color)
            for place, card_id, text, card_color in zip(
                range(index, index + len(texts)), ids, texts, colors, strict=True
            )
        ]
        patch = Patch(self.store)
        patch.renumber(siblings[:index] + new + siblings[index:])
        return patch.commit()

    def update_card(self, card_id: str, *, text=KEEP, color=KEEP) -> Changes:
        current = self.card(card_id)
        fields: dict[str, Any] = {}
        if text is not KEEP:
            fields["text"] = check_text(text, "text")
        if color is not KEEP:
            fields["color"] = check_color(color)
        patch = Patch(self.store)
        patch.put(dataclasses.replace(current, **fields))
        return patch.commit()

    def set_card_text(self, card_id: str, text: str) -> Changes:
        return self.update_card(card_id, text=text)

    def recolor_card(self, card_id: str, color: str) -> Changes:
        return self.update_card(card_id, color=color)

    def recolor_cards(self, card_ids: Iterable[str], color: str) -> Changes:
        color = check_color(color)
        patch = Patch(self.store)
        for card_id in card_ids:
            patch.put(dataclasses.replace(self.card(card_id), color=color))
        return patch.commit()

    def move_card(self, card_id: str, lane_id: str, step_id: str, index: int | None = None) -> Changes:
        return self.move_cards([card_id], lane_id, step_id, index)

    def move_cards(self, card_ids: Iterable[str], lane_id: str, step_id: str, index: int | None = None) -> Changes:
        """Move cards, in the order given, to one cell of the same map.

        ``index`` counts among the cards of the target cell that are not
        moving; None puts them at the end.
        """
        moving = [self.card(card_id) for card_id in dict.fromkeys(card_ids)]
        target = self._cell_lane(lane_id, step_id, None)
        if any(self.lane(card.lane_id).map_id != target.map_id for card in moving):
            raise EditError(EditProblem.NOT_SAME_MAP)
        moving_ids = {card.id for card in moving}
        others = [c for c in self.cards(lane_id, step_id) if c.id not in moving_ids]
        index = check_index(index, len(others))
        patch = Patch(self.store)
        sources = {(c.lane_id, c.step_id) for c in moving} - {(lane_id, step_id)}
        for source in sorted(sources):
            patch.renumber([c for c in self.cards(*source) if c.id not in moving_ids])
        moved = [dataclasses.replace(c, lane_id=lane_id, step_id=step_id) for c in moving]
        patch.renumber(others[:index] + moved + others[index:])
        return patch.commit()

    def duplicate_cards(self, card_ids: Iterable[str]) -> Changes:
        """A copy of each card right after it in its cell, as one edit."""
        originals = [self.card(card_id) for card_id in dict.fromkeys(card_ids)]
        copies = {card.id: dataclasses.replace(card, id=self.new_id()) for card in originals}
        patch = Patch(self.store)
        for cell in sorted({(c.lane_id, c.step_id) for c in originals}):
            order = []
            for card in self.cards(*cell):
                order.append(card)
                if card.id in copies:
                    order.append(copies[card.id])
            patch.renumber(order)
        return patch.commit()

    def delete_card(self, card_id: str) -> Changes:
        return self.delete_cards([card_id])

    def delete_cards(self, card_ids: Iterable[str]) -> Changes:
        doomed = {card_id: self.card(card_id) for card_id in card_ids}
        patch = Patch(self.store)
        for card_id in doomed:
            patch.remove(Kind.CARD, card_id)
        for cell in sorted({(c.lane_id, c.step_id) for c in doomed.values()}):
            patch.renumber([c for c in self.cards(*cell) if c.id not in doomed])
        return patch.commit()

    # -- cell values ---------------------------------------------------------
    def set_emotion(self, lane_id: str, step_id: str, score: int | None, note=KEEP) -> Changes:
        """Set a step's score (None clears it, with its note)."""
        lane = self._cell_lane(lane_id, step_id, LaneKind.EMOTION)
        patch = Patch(self.store)
        if score is None:
            patch.remove(Kind.EMOTION, (lane_id, step_id))
            return patch.commit()
        journey = self.map(lane.map_id)
        check_score(score, journey.scale_min, journey.scale_max)
        current = self.emotion(lane_id, step_id)
        if note is KEEP:
            note = current.note if current else ""
        patch.put(Emotion(lane_id, step_id, score, check_text(note, "note")))
        return patch.commit()

    def set_step_channels(self, lane_id: str, step_id: str, channel_ids: Iterable[str]) -> Changes:
        lane = self._cell_lane(lane_id, step_id, LaneKind.CHANNELS)
        chosen = frozenset(channel_ids)
        known = {c.id for c in self.channels(lane.map_id)}
        for channel_id in chosen - known:
            raise EditError(EditProblem.UNKNOWN_CHANNEL, channel=channel_id)
        patch = Patch(self.store)
        if chosen:
            patch.put(StepChannels(lane_id, step_id, chosen))
        else:
            patch.remove(Kind.STEP_CHANNELS, (lane_id, step_id))
        return patch.commit()

    def set_metric(self, lane_id: str, step_id: str, value: float | None, unit: str = "", source: str = "") -> Changes:
        self._cell_lane(lane_id, step_id, LaneKind.METRICS)
        patch = Patch(self.store)
        if value is None:
            patch.remove(Kind.METRIC, (lane_id, step_id))
        else:
            patch.put(
                Metric(lane_id, step_id, check_number(value), check_name(unit, "unit"), check_text(source, "source"))
            )
        return patch.commit()

    def set_step_image(self, lane_id: str, step_id: str, image_id: str | None) -> Changes:
        self._cell_lane(lane_id, step_id, LaneKind.IMAGE)
        patch = Patch(self.store)
        if image_id is None:
            patch.remove(Kind.STEP_IMAGE, (lane_id, step_id))
        else:
            self.image(image_id)
            patch.put(StepImage(lane_id, step_id, image_id))
        return patch.commit()
