"""The scene of one map: it mirrors the document through the shared layout.

On every change touching its map the scene lays the map out again and
reconciles its items: card items are kept by card id (so selection and focus
survive an edit), updated, added or removed; the runs of other shapes are
replaced. Nothing here edits the document.
"""

from typing import Callable

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene

from ...app.editing import EditingSession
from ...domain import Changes
from ...layout import DEFAULT_THEME, Labels, MapLayout, Theme, compute_layout
from .items import CardItem, ShapesItem

MARGIN = 40.0  # room around the map in the scene, in points
PAPER_PAD = 18.0  # the white paper shows this much beyond the map
DESK = QColor("#e3e6ea")
SHADOW = QColor(0, 0, 0, 28)
MARKER = QColor("#1f6feb")


class MapScene(QGraphicsScene):
    def __init__(self, session: EditingSession, map_id: str, labels: Callable[[], Labels] = Labels,
                 theme: Theme = DEFAULT_THEME) -> None:
        super().__init__()
        self.session = session
        self.map_id = map_id
        self.theme = theme
        self._labels = labels
        self.layout: MapLayout | None = None
        self.cards: dict[str, CardItem] = {}
        self._runs: list[ShapesItem] = []
        self.marker = QGraphicsLineItem()
        self.marker.setPen(QPen(MARKER, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.marker.setZValue(1_000_000)
        self.marker.hide()
        self.addItem(self.marker)
        session.subscribe(self._changed)
        self.rebuild()

    def _changed(self, changes: Changes) -> None:
        if self.map_id in changes.map_ids or not changes.map_ids:
            if self.map_id in {m.id for m in self.session.document.maps()}:
                self.rebuild()

    def rebuild(self) -> None:
        document = self.session.document
        layout = compute_layout(document, self.map_id, self.theme, self._labels())
        images = {image.id: image.data for image in document.images()}
        for item in self._runs:
            self.removeItem(item)
        self._runs = []
        seen = set()
        run: list = []
        z = 0

        def close_run() -> None:
            nonlocal run, z
            if run:
                item = ShapesItem(run, images)
                item.setZValue(z)
                z += 1
                self.addItem(item)
                self._runs.append(item)
                run = []

        shapes = layout.shapes
        index = 0
        while index < len(shapes):
            ref = shapes[index].ref
            if ref is not None and ref[0] == "card":
                close_run()
                card_id = ref[1]
                end = index
                while end < len(shapes) and shapes[end].ref == ref:
                    end += 1
                self._place_card(card_id, layout, list(shapes[index:end]), images, z)
                z += 1
                seen.add(card_id)
                index = end
            else:
                run.append(shapes[index])
                index += 1
        close_run()
        for card_id in set(self.cards) - seen:
            self.removeItem(self.cards.pop(card_id))
        self.layout = layout
        self.setSceneRect(QRectF(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN))

    def _place_card(self, card_id: str, layout: MapLayout, shapes: list, images, z: int) -> None:
        box = layout.boxes[("card", card_id)]
        item = self.cards.get(card_id)
        if item is None:
            item = self.cards[card_id] = CardItem(card_id, box, shapes, images)
            self.addItem(item)
        else:
            item.images = images
            item.set_layout(box, shapes)
        item.setZValue(z)

    def drawBackground(self, painter, rect) -> None:  # noqa: N802 - Qt's name
        """A grey desk with the map on a sheet of white paper, as it will print."""
        painter.fillRect(rect, DESK)
        if self.layout is None:
            return
        paper = self.page_rect().adjusted(-PAPER_PAD, -PAPER_PAD, PAPER_PAD, PAPER_PAD)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SHADOW)
        painter.drawRect(paper.translated(2, 3))
        painter.setBrush(QColor(self.theme.paper))
        painter.drawRect(paper)

    def card_at(self, point) -> str | None:
        for item in self.items(point):
            if isinstance(item, CardItem):
                return item.card_id
        return None

    def text_cell_at(self, point) -> tuple[str, str] | None:
        """(lane id, step id) of the text-lane cell under ``point``, if any."""
        document = self.session.document
        for lane in document.lanes(self.map_id):
            if not lane.kind.holds_cards:
                continue
            lane_box = self.layout.boxes[("lane", lane.id)]
            if not lane_box.y <= point.y() < lane_box.bottom:
                continue
            for step in document.map_steps(self.map_id):
                cell = self.layout.boxes[("cell", (lane.id, step.id))]
                if cell.x <= point.x() < cell.right:
                    return lane.id, step.id
        return None

    def insertion_point(self, point, moving: set[str]) -> tuple[str, str, int] | None:
        """Where cards dropped at ``point`` go: (lane, step, index among the cards not moving)."""
        cell = self.text_cell_at(point)
        if cell is None:
            return None
        others = [c for c in self.session.document.cards(*cell) if c.id not in moving]
        index = sum(1 for c in others if self.layout.boxes[("card", c.id)].y + self.layout.boxes[("card", c.id)].h / 2
                    < point.y())
        return (*cell, index)

    def show_marker(self, lane_id: str, step_id: str, index: int, moving: set[str]) -> None:
        """A line between the cards where a drop would land."""
        cell = self.layout.boxes[("cell", (lane_id, step_id))]
        others = [c for c in self.session.document.cards(lane_id, step_id) if c.id not in moving]
        gap = self.theme.card_gap
        if index < len(others):
            y = self.layout.boxes[("card", others[index].id)].y - gap / 2
        elif others:
            y = self.layout.boxes[("card", others[-1].id)].bottom + gap / 2
        else:
            y = cell.y + self.theme.pad / 2
        pad = self.theme.pad
        self.marker.setLine(QLineF(cell.x + pad, y, cell.right - pad, y))
        self.marker.show()

    def hide_marker(self) -> None:
        self.marker.hide()

    def selected_card_ids(self) -> list[str]:
        return [item.card_id for item in self.selectedItems() if isinstance(item, CardItem)]

    def page_rect(self) -> QRectF:
        """The map itself, without the scene's margin."""
        return QRectF(0, 0, self.layout.width, self.layout.height)
