"""Moving through a map with the arrow keys: which card is next in each direction.

Pure geometry over the layout's boxes and the document's cells, without Qt,
so the rules are easy to test: up and down go through a cell and on into the
lanes above and below; left and right go to the nearest card at about the
same height in the next step that has cards. Ctrl+arrow keys move the
selected cards by the same rules (``nudge_target``).
"""

from enum import Enum

from ..domain import Document
from .builder import MapLayout


class Direction(str, Enum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"

    @property
    def forward(self) -> int:
        """+1 down or right, -1 up or left."""
        return 1 if self in (Direction.DOWN, Direction.RIGHT) else -1

    @property
    def vertical(self) -> bool:
        return self in (Direction.UP, Direction.DOWN)


def text_cells(document: Document, map_id: str) -> tuple[list[str], list[str]]:
    lanes = [lane.id for lane in document.lanes(map_id) if lane.kind.holds_cards]
    steps = [step.id for step in document.map_steps(map_id)]
    return lanes, steps


def reading_order(document: Document, map_id: str) -> list[str]:
    """Every card, column by column, top down."""
    lanes, steps = text_cells(document, map_id)
    return [card.id for step in steps for lane in lanes for card in document.cards(lane, step)]


def neighbour(
    document: Document, layout: MapLayout, map_id: str, card_id: str | None, direction: Direction
) -> str | None:
    """The card the arrow key goes to from ``card_id`` (None: nothing selected yet, the first card);
    ``card_id`` itself where there is nothing further that way."""
    direction = Direction(direction)
    if card_id is None:
        order = reading_order(document, map_id)
        return order[0] if order else None
    card = document.card(card_id)
    lanes, steps = text_cells(document, map_id)
    cell = document.cards(card.lane_id, card.step_id)
    here = [c.id for c in cell].index(card_id)
    step = direction.forward
    if direction.vertical:
        if 0 <= here + step < len(cell):
            return cell[here + step].id
        lane_index = lanes.index(card.lane_id) + step
        while 0 <= lane_index < len(lanes):
            others = document.cards(lanes[lane_index], card.step_id)
            if others:
                return (others[0] if step > 0 else others[-1]).id
            lane_index += step
        return card_id
    y = layout.boxes[("card", card_id)].y + layout.boxes[("card", card_id)].h / 2
    step_index = steps.index(card.step_id) + step
    while 0 <= step_index < len(steps):
        others = document.cards(card.lane_id, steps[step_index])
        if others:
            return min(
                others, key=lambda c: abs(layout.boxes[("card", c.id)].y + layout.boxes[("card", c.id)].h / 2 - y)
            ).id
        step_index += step
    return card_id


def nudge_target(document: Document, map_id: str, card_ids: list[str], direction: Direction):
    """(lane, step, index) for Ctrl+arrow on cards of one cell, or None where they cannot go.

    Up and down move within the cell and, past its top or bottom, on into the
    next lane that holds cards, as a drag there would."""
    direction = Direction(direction)
    cards = [document.card(c) for c in card_ids]
    cells = {(c.lane_id, c.step_id) for c in cards}
    if len(cells) != 1:
        return None
    lane_id, step_id = cells.pop()
    moving = set(card_ids)
    others = [c for c in document.cards(lane_id, step_id) if c.id not in moving]
    first = min(c.position for c in cards)
    index = sum(1 for c in others if c.position < first)
    lanes, steps = text_cells(document, map_id)
    if direction.vertical:
        if direction is Direction.UP and index > 0:
            return lane_id, step_id, index - 1
        if direction is Direction.DOWN and index < len(others):
            return lane_id, step_id, index + 1
        target = lanes.index(lane_id) + direction.forward
        if not 0 <= target < len(lanes):
            return None
        # Into the lane above at its bottom, into the lane below at its top.
        return (
            lanes[target],
            step_id,
            (0 if direction is Direction.DOWN else len(document.cards(lanes[target], step_id))),
        )
    target = steps.index(step_id) + direction.forward
    if not 0 <= target < len(steps):
        return None
    there = document.cards(lane_id, steps[target])
    return lane_id, steps[target], min(index, len(there))
