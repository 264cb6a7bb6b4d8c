"""The scene of one map: it mirrors the document through the shared layout.

On every change touching its map (``on_changes``) the scene lays the map out
again and reconciles its items: card items are kept by card id (so selection
and focus survive an edit), updated, added or removed; the runs of other
shapes are replaced, lane by lane where the layout made the lane anew.
Nothing here edits the document.

The scene's other jobs each have a module of their own: opening in stages
(``staged.py``), zoomed-out lane pictures (``overview.py``), the markers
drawn while working (``markers.py``), the desk and paper behind the map
(``paper.py``) and hit-testing over the layout (``layout.hit_test``).
"""

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsScene

from ...app.dispatch import Stage, views_of
from ...app.editing import EditingSession
from ...app.pictures import shown_pictures
from ...collector import collector_paused
from ...domain import Changes, Kind
from ...domain.structure import Header, header_of
from ...layout import DEFAULT_THEME, Labels, LayoutCache, MapLayout, Theme, compute_layout
from ...layout.hit_test import MapHits
from .items import CardItem, ShapesItem
from .markers import Markers
from .overview import OVERVIEW_BELOW, Overview
from .paper import paint_desk
from .staged import CARDS_PER_TURN, StagedOpening

MARGIN = 40.0  # room around the map in the scene, in points
LANE_Z = 10_000  # z of lane n's items: n * LANE_Z + their order within the lane
# What the header, the phase band and the step row show (``MapLayout.fixed``).
HEADER_KINDS = frozenset({Kind.MAP, Kind.PERSONA, Kind.PHASE, Kind.STEP, Kind.IMAGE})


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
    def __init__(
        self,
        session: EditingSession,
        map_id: str,
        labels: Callable[[], Labels] = Labels,
        theme: Theme = DEFAULT_THEME,
        layout_cache: LayoutCache | None = None,
    ) -> None:
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
        self.hits: MapHits | None = None  # what is where on the current layout
        # An edit lays out again only the lanes it touched; opening may hand over
        # the lanes laid out already (on a worker thread, ``app.opening``).
        self.layout_cache = layout_cache if layout_cache is not None else LayoutCache()
        self.card_items: dict[str, CardItem] = {}  # the card items made so far, by card id
        self.lanes: dict[str, LaneGroup] = {}
        self.fixed_items: list[ShapesItem] = []  # the header, phase band and step row
        self._images: dict[str, bytes] = {}
        self.markers = Markers(self, theme)
        self.part: tuple[Header, str] | None = None  # the header framed (see show_part)
        self.zoomed_out = Overview(self)
        self.staged = StagedOpening(self)
        self.selectionChanged.connect(self._selection_changed)
        self.rebuild()
        self.staged.opened()
        self._views = views_of(session)
        self._views.attach(Stage.CANVAS, self.on_changes)

    def detach(self) -> None:
        """Stop following the document (the scene is about to go)."""
        self._views.detach(self.on_changes)

    @property
    def overview(self) -> bool:
        """Zoomed out: lanes show pictures of themselves (see ``set_zoom``)."""
        return self.zoomed_out.on

    @property
    def cards(self) -> dict[str, CardItem]:
        """Every card's item, by card id (made now if opening deferred them)."""
        self.make_cards()
        return self.card_items

    def cards_pending(self) -> int:
        return self.staged.pending()

    def make_cards(self) -> None:
        """Make the card items still waiting (opening, or a large paste zoomed out, left them for after the paint)."""
        self.staged.make_cards()

    def add_card_item(self, group: LaneGroup, offset: int, card_id: str, box, parts) -> CardItem:
        """The item of a card, in its place in ``group`` (now, or once the map is painted)."""
        card = self.card_items[card_id] = CardItem(card_id, box, parts, self._images, group.top or 0.0)
        group.order[offset] = card
        if group.z is not None:
            card.setZValue(group.z + offset)
        if self.overview:
            self.zoomed_out.card_visibility(card)
        self.addItem(card)
        return card

    # -- following the document ---------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        """Lay the map out again if the change touches what it shows."""
        document = self.session.document
        if self.map_id not in {m.id for m in document.maps()}:
            return  # the map went: the window shows another
        kinds = changes.kinds
        touched = (
            self.map_id in changes.map_ids
            or Kind.IMAGE in kinds
            or (Kind.PERSONA in kinds and document.map(self.map_id).persona_id in changes.keys(Kind.PERSONA))
        )
        if touched:
            self.rebuild(kinds)

    @collector_paused()  # a burst of shapes and items, no garbage cycles (see collector.py)
    def rebuild(self, kinds: frozenset[Kind] | None = None) -> None:
        """Lay the map out again (only changed lanes are new) and bring the items in line.

        ``kinds``: what changed (None: anything, also the words the map prints)."""
        if not self.staged.deferring:
            self.make_cards()  # an edit within moments of opening: no half-made lanes to reconcile
        document = self.session.document
        layout = compute_layout(document, self.map_id, self.theme, self._labels(), self.layout_cache)
        if kinds is None or Kind.IMAGE in kinds:
            self._images = shown_pictures(document.images())
        images = self._images
        if kinds is None or kinds & HEADER_KINDS:
            # The header keeps its item (and the cached picture of its photo)
            # through edits that do not touch it.
            for item in self.fixed_items:
                self.removeItem(item)
            self.fixed_items = [ShapesItem(list(layout.fixed), images)]
            self.fixed_items[0].keep_picture(self.overview)
            self.addItem(self.fixed_items[0])
        seen_lanes, seen_cards = set(), set()
        for index, placed in enumerate(layout.lanes):
            lane_id = placed.result.lane_id
            group = self.lanes.get(lane_id)
            if group is None:
                group = self.lanes[lane_id] = LaneGroup()
            z = (index + 1) * LANE_Z  # lanes paint in order; within a lane, its own order
            if group.result is not placed.result:
                self._fill_lane(group, placed.result, images)
            group.place(placed.top, z, self.card_items)
            seen_lanes.add(lane_id)
            seen_cards.update(group.card_ids)
        for lane_id in set(self.lanes) - seen_lanes:
            group = self.lanes.pop(lane_id)
            for run in group.runs:
                self.removeItem(run)
            if group.overview is not None:
                self.removeItem(group.overview)
        gone = [self.card_items.pop(card_id) for card_id in set(self.card_items) - seen_cards]
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
        self.hits = MapHits(document, layout)
        self.setSceneRect(QRectF(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN))
        self.markers.frame(self.part_box())
        self.zoomed_out.selection_changed()  # zoomed out, the outlines follow the cards

    def _fill_lane(self, group: LaneGroup, result, images) -> None:
        """New items for a lane whose result changed; its cards are kept by id."""
        for run in group.runs:
            self.removeItem(run)
        if group.overview is not None:
            self.removeItem(group.overview)
        group.runs, group.card_ids, group.order = [], [], []
        group.overview = None
        boxes = result.index
        shapes, cards = result.shapes, result.cards
        overview = self.overview
        run: list = []

        def close_run() -> None:
            nonlocal run
            if run:
                item = ShapesItem(run, images)
                item.setVisible(not overview)
                self.addItem(item)
                group.runs.append(item)
                group.order.append(item)
                run = []

        fresh: list[tuple[int, str, object, object]] = []  # cards with no item yet: (offset, id, box, parts)
        index = 0
        while index < len(shapes):
            ref = shapes[index].ref
            if ref is None or ref[0] != "card":
                run.append(shapes[index])
                index += 1
                continue
            close_run()
            card_id = ref[1]
            parts = cards[card_id]
            index += len(parts)
            box = boxes[("card", card_id)]
            card = self.card_items.get(card_id)
            group.card_ids.append(card_id)
            if card is None:
                fresh.append((len(group.order), card_id, box, parts))
                group.order.append(card_id)  # (its item's place, until the item is made)
                continue
            card.images = images
            card.set_layout(box, parts)
            group.order.append(card)
            if overview:
                self.zoomed_out.card_visibility(card)
        close_run()
        group.result = result
        group.top = None
        group.z = None
        # Zoomed out, the lane's picture shows new cards; their items (for clicks and the
        # selection) may follow the paint, as on opening: a paste of 2,000 lines made
        # 2,000 items before the window could show anything.
        later = self.staged.deferring or (overview and len(fresh) > CARDS_PER_TURN)
        for offset, card_id, box, parts in fresh:
            if later:
                self.staged.wait(group, offset, card_id, box, parts)
            else:
                self.add_card_item(group, offset, card_id, box, parts)
        if overview:
            self.zoomed_out.add_picture(group, images)  # after the result: the picture shows the new cards

    # -- the inspected header ------------------------------------------------------------------
    def show_part(self, header: Header | None, record_id: str | None = None) -> None:
        """Frame the header of a phase, step or lane (None: no frame)."""
        header = header_of(header) if header is not None else None
        self.part = (header, record_id) if header is not None else None
        self.markers.frame(self.part_box())

    def part_box(self):
        """The framed header's box in the layout (None: no part, or not on this map)."""
        if self.part is None or self.hits is None:
            return None
        return self.hits.header_box(*self.part)

    def part_rect(self) -> QRectF | None:
        box = self.part_box()
        return QRectF(box.x, box.y, box.w, box.h) if box is not None else None

    # -- level of detail -------------------------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        """Zoomed out far, each lane shows one picture of itself instead of its items."""
        if zoom >= OVERVIEW_BELOW:
            self.make_cards()  # close up, the cards are painted by their items
        self.zoomed_out.set_zoom(zoom, self._images)

    def card_visibility(self, card: CardItem) -> None:
        self.zoomed_out.card_visibility(card)

    def _selection_changed(self) -> None:
        # A slot of the scene itself: Qt lets go of it when the scene goes (a selection
        # emptying while the scene is destroyed is not passed on).
        self.zoomed_out.selection_changed()

    def render(self, *args, **kwargs) -> None:
        """Rendered without a view (an image of the scene): close up, with every card item."""
        if not self.overview:
            self.make_cards()
        super().render(*args, **kwargs)

    def drawBackground(self, painter, rect) -> None:  # noqa: N802 - Qt's name
        self.staged.painting()
        paint_desk(painter, rect, self.page_rect() if self.layout is not None else None, self.theme)

    # -- cards ----------------------------------------------------------------------------------
    def card_at(self, point) -> str | None:
        self.make_cards()
        for item in self.items(point):
            if isinstance(item, CardItem):
                return item.card_id
        if self.overview:
            # Zoomed out, card items are transparent, and Qt does not hit-test those:
            # the layout knows where every card is.
            return self.hits.card_at(point.x(), point.y())
        return None

    def select_cards(self, card_ids, toggle: bool = False) -> None:
        """Select from code, as a click would (Ctrl: toggle)."""
        if not toggle:
            self.clearSelection()
        items = self.cards
        for card_id in card_ids:
            item = items.get(card_id)
            if item is not None:
                item.setSelected(not item.isSelected() if toggle else True)

    def selected_card_ids(self) -> list[str]:
        return [item.card_id for item in self.selectedItems() if isinstance(item, CardItem)]

    def page_rect(self) -> QRectF:
        """The map itself, without the scene's margin."""
        return QRectF(0, 0, self.layout.width, self.layout.height)
