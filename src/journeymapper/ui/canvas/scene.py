"""The scene of one map: it mirrors the document through the shared layout.

On every change touching its map the scene lays the map out again and
reconciles its items: card items are kept by card id (so selection and focus
survive an edit), updated, added or removed; the runs of other shapes are
replaced. Nothing here edits the document.
"""

from typing import Callable

from PySide6.QtCore import QLineF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsLineItem, QGraphicsRectItem, QGraphicsScene

from ...app.editing import EditingSession
from ...app.pictures import shown_pictures
from ...collector import collector_paused
from ...domain import Changes
from ...layout import DEFAULT_THEME, Labels, LayoutCache, MapLayout, Theme, compute_layout
from .items import CardItem, ShapesItem
from .lane_picture import LanePicture

MARGIN = 40.0  # room around the map in the scene, in points
PAPER_PAD = 18.0  # the white paper shows this much beyond the map
DESK = QColor("#e3e6ea")
SHADOW = QColor(0, 0, 0, 28)
MARKER = QColor("#1f6feb")
LANE_Z = 10_000  # z of lane n's items: n * LANE_Z + their order within the lane
OVERVIEW_BELOW = 0.4  # zoom: below this (card text is then drawn as bars) lanes show pictures of themselves
CARDS_PER_TURN = 250  # card items made per turn of the event loop after opening (about 10 ms)


class LaneGroup:
    """The items of one lane (runs of shapes and cards, all top-level items).

    When only the lane's top changes, each item is moved (cards keep their
    cached pictures); nothing is laid out or drawn again. Plain top-level items
    paint faster than children of a lane item (measured: 28 against 49 ms for
    a repaint of 2,000 cards)."""

    def __init__(self) -> None:
        self.result = None
        self.top: float | None = None
        self.runs: list = []
        self.card_ids: list[str] = []
        self.order: list = []  # runs and cards in paint order (a card's id while it has no item yet)
        self.unmade: list = []  # (offset in order, card id, box, shapes) of cards whose items are still to come
        self.overview = None  # LanePicture, shown (instead of the runs) when zoomed out
        self.z = None

    def place(self, top: float, z: float, cards: dict) -> None:
        if z != self.z:
            self.z = z
            for offset, item in enumerate(self.order):
                if not isinstance(item, str):
                    item.setZValue(z + offset)
            if self.overview is not None:
                self.overview.setZValue(z - 0.5)  # below the lane's cards, which show when selected
        if top == self.top:
            return
        self.top = top
        if self.overview is not None:
            self.overview.setPos(0, top)
        for run in self.runs:
            run.setPos(0, top)
        for card_id in self.card_ids:
            card = cards.get(card_id)
            if card is not None:
                card.place(top)


class MapScene(QGraphicsScene):
    # Once, right after the map was first painted: the time for work that can wait for it.
    firstPainted = Signal()

    def __init__(self, session: EditingSession, map_id: str, labels: Callable[[], Labels] = Labels,
                 theme: Theme = DEFAULT_THEME, layout_cache: LayoutCache | None = None) -> None:
        super().__init__()
        # No BSP index: a card drop that grows a lane moves every card below it,
        # and re-indexing two thousand items costs more than finding the visible
        # ones by a plain scan (measured at 2,000 cards: drop 57 -> 45 ms, repaints
        # no slower).
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.session = session
        self.map_id = map_id
        self.theme = theme
        self._labels = labels
        self.layout: MapLayout | None = None
        # An edit lays out again only the lanes it touched; opening may hand over
        # the lanes laid out already (on a worker thread, ``app.opening``).
        self.layout_cache = layout_cache if layout_cache is not None else LayoutCache()
        self.overview = False  # zoomed out: lanes show overview pictures (see set_zoom)
        self._opaque: set[str] = set()  # in the overview: the card items shown (the selected ones)
        self._cards: dict[str, CardItem] = {}
        # Opening a map makes its card items after the first paint: zoomed out the
        # lane pictures show the cards, and two thousand items held the window
        # back by a tenth of a second. They come a few hundred per turn of the
        # event loop once the map has been painted, or all at once as soon as
        # anything needs them (``cards``).
        self._defer_cards = True
        self.lanes: dict[str, LaneGroup] = {}
        self._fixed: list[ShapesItem] = []
        self._images: dict[str, bytes] = {}
        self.marker = QGraphicsLineItem()
        self.marker.setPen(QPen(MARKER, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        self.marker.setZValue(1_000_000_000)
        self.marker.hide()
        self.addItem(self.marker)
        self.score_preview = QGraphicsEllipseItem()
        self.score_preview.setPen(QPen(MARKER, 2.0))
        self.score_preview.setZValue(1_000_000_001)
        self.score_preview.hide()
        self.addItem(self.score_preview)
        # The phase, step or lane being inspected: a frame round its header, so
        # what Alt+arrow keys or Delete will act on is seen, also when it was
        # chosen in the structure list rather than clicked.
        self.part = None
        self.part_frame = QGraphicsRectItem()
        self.part_frame.setPen(QPen(MARKER, 2.5, Qt.PenStyle.DashLine))
        self.part_frame.setZValue(1_000_000_000)
        self.part_frame.hide()
        self.addItem(self.part_frame)
        session.subscribe(self._changed)
        self.selectionChanged.connect(self._selection_detail)
        self.rebuild()
        self._defer_cards = False
        self._cards_coming = False  # made a few hundred per turn of the event loop, from the first paint on
        self._painted = False

    @property
    def cards(self) -> dict[str, CardItem]:
        """Every card's item, by card id (made now if opening deferred them)."""
        self.make_cards()
        return self._cards

    def cards_pending(self) -> int:
        return sum(len(group.unmade) for group in self.lanes.values())

    @collector_paused()
    def make_cards(self, limit: int | None = None) -> None:
        """Make the card items opening deferred (at most ``limit`` of them)."""
        made = 0
        for group in self.lanes.values():
            while group.unmade and (limit is None or made < limit):
                offset, card_id, box, parts = group.unmade.pop()
                card = self._cards[card_id] = CardItem(card_id, box, parts, self._images, group.top or 0.0)
                group.order[offset] = card
                if group.z is not None:
                    card.setZValue(group.z + offset)
                if self.overview:
                    self.card_visibility(card)
                self.addItem(card)
                made += 1

    def _make_some_cards(self) -> None:
        self.make_cards(CARDS_PER_TURN)
        if self.cards_pending():
            QTimer.singleShot(0, self, self._make_some_cards)
        else:
            self._cards_coming = False

    def _changed(self, changes: Changes) -> None:
        if self.map_id in changes.map_ids or not changes.map_ids:
            if self.map_id in {m.id for m in self.session.document.maps()}:
                self.rebuild()

    @collector_paused()  # a burst of shapes and items, no garbage cycles (see collector.py)
    def rebuild(self) -> None:
        """Lay the map out again (only changed lanes are new) and bring the items in line."""
        if not self._defer_cards:
            self.make_cards()  # an edit within moments of opening: no half-made lanes to reconcile
        document = self.session.document
        layout = compute_layout(document, self.map_id, self.theme, self._labels(), self.layout_cache)
        images = self._images = shown_pictures(document.images())
        if self.layout is None or layout.fixed != self.layout.fixed:
            # The header keeps its item (and the cached picture of its photo)
            # through edits that do not touch it.
            for item in self._fixed:
                self.removeItem(item)
            self._fixed = [ShapesItem(list(layout.fixed), images)]
            self._fixed[0].keep_picture(self.overview)
            self.addItem(self._fixed[0])
        else:
            self._fixed[0].images = images
        seen_lanes, seen_cards = set(), set()
        for index, placed in enumerate(layout.lanes):
            lane_id = placed.result.lane_id
            group = self.lanes.get(lane_id)
            if group is None:
                group = self.lanes[lane_id] = LaneGroup()
            z = (index + 1) * LANE_Z  # lanes paint in order; within a lane, its own order
            if group.result is not placed.result:
                self._fill_lane(group, placed.result, images)
            group.place(placed.top, z, self._cards)
            seen_lanes.add(lane_id)
            seen_cards.update(group.card_ids)
        for lane_id in set(self.lanes) - seen_lanes:
            group = self.lanes.pop(lane_id)
            for run in group.runs:
                self.removeItem(run)
            if group.overview is not None:
                self.removeItem(group.overview)
        gone = [self._cards.pop(card_id) for card_id in set(self._cards) - seen_cards]
        if gone:
            # Removing a selected item announces the selection once per item: an
            # undone paste of 5,000 selected cards refreshed the inspector 5,000
            # times (minutes). Announced once, after.
            was_selected = any(item.isSelected() for item in gone)
            blocked = self.blockSignals(True)
            try:
                for item in gone:
                    self.removeItem(item)
            finally:
                self.blockSignals(blocked)
            if was_selected:
                self.selectionChanged.emit()
        self.layout = layout
        self.setSceneRect(QRectF(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN))
        self._place_part_frame()

    def show_part(self, role: str | None, record_id: str | None = None) -> None:
        """Frame the header of a phase, step or lane (None: no frame)."""
        self.part = (role, record_id) if role in ("phase", "step", "lane") else None
        self._place_part_frame()

    def part_rect(self) -> QRectF | None:
        if self.part is None:
            return None
        role, record_id = self.part
        box = self.layout.boxes.get(("lane_header" if role == "lane" else role, record_id))
        return QRectF(box.x, box.y, box.w, box.h) if box is not None else None

    def _place_part_frame(self) -> None:
        rect = self.part_rect()
        if rect is None:
            self.part_frame.hide()
        else:
            self.part_frame.setRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
            self.part_frame.show()

    # -- level of detail -------------------------------------------------------------------
    def _add_overview(self, group: "LaneGroup") -> None:
        """The lane's picture for zoomed-out views, made when it is first needed."""
        result = group.result
        group.overview = LanePicture(result.shapes, result.cards, self._images, result.index[("lane", result.lane_id)])
        self.addItem(group.overview)
        if group.top is not None:
            group.overview.setPos(0, group.top)
        if group.z is not None:
            group.overview.setZValue(group.z - 0.5)

    def set_zoom(self, zoom: float) -> None:
        """Zoomed out far, each lane shows one picture of itself instead of its items."""
        overview = zoom < OVERVIEW_BELOW
        if not overview:
            self.make_cards()  # close up, the cards are painted by their items
        if overview != self.overview:
            self.overview = overview
            for item in self._fixed:
                item.keep_picture(overview)
            for group in self.lanes.values():
                for run in group.runs:
                    run.setVisible(not overview)  # the lane's picture shows them
                if group.overview is None and overview and group.result is not None:
                    self._add_overview(group)
                if group.overview is not None:
                    group.overview.setVisible(overview)
            self._opaque = set()
            for card in self._cards.values():
                self.card_visibility(card)

    def card_visibility(self, card: CardItem) -> None:
        """In the overview a card item is transparent (still there to click and drag),
        unless it is selected: the selection must show."""
        opaque = not self.overview or card.isSelected()
        card.setOpacity(1.0 if opaque else 0.0)
        if self.overview and opaque:
            self._opaque.add(card.card_id)
        else:
            self._opaque.discard(card.card_id)

    def _selection_detail(self) -> None:
        """Only the cards whose selection changed need another opacity."""
        if not self.overview:
            return
        selected = {item.card_id for item in self.selectedItems() if isinstance(item, CardItem)}
        for card_id in selected ^ self._opaque:
            card = self._cards.get(card_id)
            if card is not None:
                self.card_visibility(card)

    def _fill_lane(self, group: "LaneGroup", result, images) -> None:
        """New items for a lane whose result changed; its cards are kept by id."""
        for run in group.runs:
            self.removeItem(run)
        if group.overview is not None:
            self.removeItem(group.overview)
        group.runs, group.card_ids, group.order, group.unmade = [], [], [], []
        group.overview = None
        boxes = result.index
        shapes, cards = result.shapes, result.cards
        run: list = []

        def close_run() -> None:
            nonlocal run
            if run:
                item = ShapesItem(run, images)
                item.setVisible(not self.overview)
                self.addItem(item)
                group.runs.append(item)
                group.order.append(item)
                run = []

        index = 0
        while index < len(shapes):
            ref = shapes[index].ref
            if ref is not None and ref[0] == "card":
                close_run()
                card_id = ref[1]
                parts = cards[card_id]
                end = index + len(parts)  # the card's shapes, by part
                card = self._cards.get(card_id)
                if card is None and self._defer_cards:
                    group.unmade.append((len(group.order), card_id, boxes[("card", card_id)], parts))
                    group.card_ids.append(card_id)
                    group.order.append(card_id)
                    index = end
                    continue
                if card is None:
                    card = self._cards[card_id] = CardItem(card_id, boxes[("card", card_id)], parts, images)
                    self.addItem(card)
                else:
                    card.images = images
                    card.set_layout(boxes[("card", card_id)], parts)
                group.card_ids.append(card_id)
                group.order.append(card)
                if self.overview:
                    self.card_visibility(card)
                index = end
            else:
                run.append(shapes[index])
                index += 1
        close_run()
        group.result = result
        group.top = None
        group.z = None
        if self.overview:
            self._add_overview(group)  # after the result: the picture shows the new cards

    def render(self, *args, **kwargs) -> None:
        """Rendered without a view (an image of the scene): close up, with every card item."""
        if not self.overview:
            self.make_cards()
        super().render(*args, **kwargs)

    def drawBackground(self, painter, rect) -> None:  # noqa: N802 - Qt's name
        """A grey desk with the map on a sheet of white paper, as it will print."""
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.firstPainted.emit)  # once this paint is done
        if not self._cards_coming and self.cards_pending():
            # The first paint is under way: the card items follow it, not precede it.
            self._cards_coming = True
            QTimer.singleShot(0, self, self._make_some_cards)
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
        self.make_cards()
        for item in self.items(point):
            if isinstance(item, CardItem):
                return item.card_id
        if self.overview:
            # Zoomed out, card items are transparent, and Qt does not hit-test those:
            # the layout knows where every card is.
            return next(iter(self.cards_in(QRectF(point.x(), point.y(), 0.01, 0.01))), None)
        return None

    def cards_in(self, area: QRectF) -> list[str]:
        """The cards whose boxes meet ``area`` (scene coordinates), from the layout."""
        found = []
        for placed in self.layout.lanes:
            if placed.top > area.bottom() or placed.top + placed.result.height < area.top():
                continue
            for key, r in placed.result.boxes:
                if key[0] == "card" and r.x < area.right() and area.left() < r.x + r.w \
                        and placed.top + r.y < area.bottom() and area.top() < placed.top + r.y + r.h:
                    found.append(key[1])
        return found

    def select_cards(self, card_ids, toggle: bool = False) -> None:
        """Select from code, as a click would (Ctrl: toggle)."""
        if not toggle:
            self.clearSelection()
        for card_id in card_ids:
            item = self.cards.get(card_id)
            if item is not None:
                item.setSelected(not item.isSelected() if toggle else True)

    def cell_at(self, point) -> tuple[str, str] | None:
        """(lane id, step id) of the cell under ``point``, in any lane."""
        document = self.session.document
        for lane in document.lanes(self.map_id):
            lane_box = self.layout.boxes[("lane", lane.id)]
            if not lane_box.y <= point.y() < lane_box.bottom:
                continue
            for step in document.map_steps(self.map_id):
                cell = self.layout.boxes[("cell", (lane.id, step.id))]
                if cell.x <= point.x() < cell.right:
                    return lane.id, step.id
            return None
        return None

    def text_cell_at(self, point) -> tuple[str, str] | None:
        """(lane id, step id) of the text-lane cell under ``point``, if any."""
        cell = self.cell_at(point)
        if cell is not None and self.session.document.lane(cell[0]).kind.holds_cards:
            return cell
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

    # -- hit testing for the gestures -----------------------------------------------------
    def header_at(self, point) -> tuple[str, str] | None:
        """("phase" | "step" | "lane", id) of the header under ``point``."""
        document = self.session.document
        boxes = self.layout.boxes
        for role, records in (("phase", document.phases(self.map_id)), ("step", document.map_steps(self.map_id))):
            for record in records:
                box = boxes[(role, record.id)]
                if box.x <= point.x() < box.right and box.y <= point.y() < box.bottom:
                    return role, record.id
        for lane in document.lanes(self.map_id):
            box = boxes[("lane_header", lane.id)]
            if box.x <= point.x() < box.right and box.y <= point.y() < box.bottom:
                return "lane", lane.id
        return None

    def header_target(self, role: str, record_id: str, point):
        """(parent phase or "", index, marker line) for dropping a header at ``point``."""
        document, boxes, height = self.session.document, self.layout.boxes, self.layout.height
        if role == "lane":
            others = [l for l in document.lanes(self.map_id) if l.id != record_id]
            index = sum(1 for l in others if boxes[("lane", l.id)].y + boxes[("lane", l.id)].h / 2 < point.y())
            y = (boxes[("lane", others[index].id)].y if index < len(others)
                 else boxes[("lane", others[-1].id)].bottom) if others else point.y()
            return "", index, QLineF(0, y, boxes[("lane", record_id)].w, y)
        if role == "phase":
            others = [p for p in document.phases(self.map_id) if p.id != record_id]
            parent = ""
        else:
            phases = document.phases(self.map_id)
            under = [p for p in phases if boxes[("phase", p.id)].x <= point.x() < boxes[("phase", p.id)].right]
            phase = under[0] if under else (phases[0] if point.x() < boxes[("phase", phases[0].id)].x else phases[-1])
            others = [s for s in document.steps(phase.id) if s.id != record_id]
            parent = phase.id
        key = "phase" if role == "phase" else "step"
        index = sum(1 for r in others if boxes[(key, r.id)].x + boxes[(key, r.id)].w / 2 < point.x())
        if others:
            x = boxes[(key, others[index].id)].x - 1 if index < len(others) else boxes[(key, others[-1].id)].right + 1
        else:
            x = boxes[("phase", parent)].x if role != "phase" else point.x()
        top = boxes[("phase", document.phases(self.map_id)[0].id)].y
        return parent, index, QLineF(x, top, x, height)

    def column_border_at(self, point, tolerance: float) -> str | None:
        """The step whose right border (in the phase and step rows) is under ``point``."""
        document, boxes = self.session.document, self.layout.boxes
        phases = document.phases(self.map_id)
        if not phases:
            return None
        top = boxes[("phase", phases[0].id)].y
        for step in document.map_steps(self.map_id):
            box = boxes[("step", step.id)]
            if top <= point.y() < box.bottom and abs(point.x() - (box.right + 1)) <= tolerance:
                return step.id
        return None

    def emotion_cell_at(self, point) -> tuple[str, str] | None:
        """The emotion-lane cell under ``point``, above its notes (where a score can be set)."""
        cell = self.cell_at(point)
        if cell is None:
            return None
        area = self.layout.boxes.get(("emotion_area", cell[0]))
        if area is None or point.y() >= area.bottom + 8:
            return None
        return cell

    def score_at(self, lane_id: str, y: float) -> tuple[int, float]:
        """The score nearest to height ``y`` on the map's scale, and that score's height."""
        journey = self.session.document.map(self.map_id)
        low, high = journey.scale_min, journey.scale_max
        area = self.layout.boxes[("emotion_area", lane_id)]
        fraction = min(1.0, max(0.0, (area.bottom - y) / area.h))
        score = round(low + fraction * (high - low))
        return score, area.bottom - (score - low) / (high - low) * area.h

    def show_score_preview(self, lane_id: str, step_id: str, y: float) -> None:
        cell = self.layout.boxes[("cell", (lane_id, step_id))]
        r = self.theme.marker_radius + 3
        self.score_preview.setRect(QRectF(cell.x + cell.w / 2 - r, y - r, 2 * r, 2 * r))
        self.score_preview.show()

    def hide_score_preview(self) -> None:
        self.score_preview.hide()

    def selected_card_ids(self) -> list[str]:
        return [item.card_id for item in self.selectedItems() if isinstance(item, CardItem)]

    def page_rect(self) -> QRectF:
        """The map itself, without the scene's margin."""
        return QRectF(0, 0, self.layout.width, self.layout.height)
