"""What the user does on the canvas, turned into edits of the document.

The view reports gestures (a double-click on a card or a cell, F2, Delete,
...); the controller decides what they mean and runs the edit through the
``Editor``, so every change is one undo step with a name in the user's language.
"""

from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from ...domain import Kind
from ...domain.rules import MAX_NAME, MAX_PASTED_CARDS, MAX_STEP_WIDTH, MAX_TEXT, fit_text
from ...domain.structure import Header, header_name
from ...layout import navigation
from ..channel_icons import channel_icon
from ..renaming import rename_header
from ..undo import Editor
from .clipboard import cards_from_mime, cards_to_mime
from .scene import MapScene
from .staged import CARDS_PER_TURN
from .text_editor import CardTextEditor
from .view import MapView


class CanvasController(QObject):
    def __init__(self, view: MapView, editor: Editor) -> None:
        super().__init__(view)
        self.view = view
        self.editor = editor
        self.text_editor: CardTextEditor | None = None
        self.last_cell: tuple[str, str] | None = None  # where a paste goes when no card is selected
        self.cursor: str | None = None  # the card the arrow keys last went to (Shift+arrow goes on from it)
        guard = editor.guard  # no refusal escapes into Qt: the document may have changed meanwhile
        view.cardActivated.connect(guard(self.edit_card))
        view.cellActivated.connect(guard(self.new_card))
        view.headerActivated.connect(guard(self.rename_header))
        view.cardsDropped.connect(guard(self.move_cards))
        view.cellPressed.connect(lambda lane, step: setattr(self, "last_cell", (lane, step)))
        view.navigateRequested.connect(guard(self.navigate))
        view.headerMoved.connect(guard(self.move_header))
        view.stepResized.connect(guard(self.resize_step))
        view.scoreChosen.connect(guard(self.set_score))
        view.channelsRequested.connect(guard(self.pick_channels))
        view.nudgeRequested.connect(guard(self.nudge))
        view.extendRequested.connect(guard(self.extend))
        view.zoomChanged.connect(self._follow)
        view.horizontalScrollBar().valueChanged.connect(self._follow)
        view.verticalScrollBar().valueChanged.connect(self._follow)

    @property
    def scene(self) -> MapScene | None:
        return self.view.scene()

    def _follow(self, *_args) -> None:
        if self.text_editor is not None:
            self.text_editor.place()

    def _open_editor(self, rect: QRectF, text: str, fill: str, limit: int = MAX_TEXT) -> CardTextEditor:
        if self.text_editor is not None:
            self.text_editor.finish(commit=True)
        editor = CardTextEditor(self.view, rect, text, fill, self.scene.theme, limit)
        self.text_editor = editor
        editor.destroyed.connect(lambda *_: setattr(self, "text_editor", None) if self.text_editor is editor else None)
        return editor

    def edit_card(self, card_id: str) -> None:
        scene = self.scene
        card = self.editor.document.card(card_id)
        box = scene.layout.boxes[("card", card_id)]
        fill = card.color or scene.theme.lane_color(
            self.editor.document.lane(card.lane_id).kind, self.editor.document.lane(card.lane_id).color
        )
        editor = self._open_editor(QRectF(box.x, box.y, box.w, box.h), card.text, fill)

        def commit(text: str) -> None:
            text, cut = fit_text(text)
            if text == self.editor.document.card(card_id).text or self.editor.run(
                self.tr("Edit card"), self.editor.document.update_card, card_id, text=text
            ):
                self.editor.texts_cut(int(cut or editor.cut))  # also when what fits is what the card held

        editor.committed.connect(self.editor.guard(commit))

    def new_card(self, lane_id: str, step_id: str) -> None:
        """An empty card at the end of the cell; it is only made when text is committed."""
        scene = self.scene
        document = self.editor.document
        cell = scene.layout.boxes[("cell", (lane_id, step_id))]
        theme = scene.theme
        cards = document.cards(lane_id, step_id)
        top = cell.y + theme.pad
        if cards:
            top = scene.layout.boxes[("card", cards[-1].id)].bottom + theme.card_gap
        height = theme.line_height(theme.card_size) + 2 * theme.card_pad
        lane = document.lane(lane_id)
        editor = self._open_editor(
            QRectF(cell.x + theme.pad, top, cell.w - 2 * theme.pad, height), "", theme.lane_color(lane.kind, lane.color)
        )

        def commit(text: str) -> None:
            if not text.strip():
                return
            text, cut = fit_text(text)
            changes = self.editor.run(self.tr("Add card"), document.add_cards, lane_id, step_id, [text])
            if changes:
                self.select([c.id for c in changes.added(Kind.CARD)])
                self.editor.texts_cut(int(cut or editor.cut))

        editor.committed.connect(self.editor.guard(commit))

    def rename_header(self, header: Header, key: str) -> None:
        """Type a phase, step or lane name where it is printed."""
        scene = self.scene
        header = Header(header)
        theme = scene.theme
        box, name = scene.layout.boxes[(header.box, key)], header_name(self.editor.document, header, key)
        height = min(box.h, theme.line_height(theme.card_size) + 2 * theme.card_pad)
        editor = self._open_editor(QRectF(box.x, box.y, box.w, height), name, theme.paper, MAX_NAME)
        editor.setAccessibleName(self.tr("Name"))
        editor.committed.connect(
            self.editor.guard(lambda text: rename_header(self.editor, header, key, text, cut=editor.cut))
        )

    def select(self, card_ids) -> None:
        """One selection change for the whole choice: item by item, 5,000 pasted cards
        refreshed the inspector 5,000 times.

        When the cards' items wait for the map's next paint (a large paste, zoomed
        out), the old selection goes now and the new one follows in later turns of the
        event loop, once the items are made: made at once, they held the window up
        longer than the paste itself."""
        scene = self.scene
        if scene.cards_pending():
            scene.clearSelection()
            card_ids = list(card_ids)
            QTimer.singleShot(0, self, lambda: self._select_later(scene, card_ids))
            return
        self._select_now(scene, card_ids)

    def _select_later(self, scene, card_ids: list[str]) -> None:
        if scene is not self.scene or scene.selectedItems():
            return  # the window shows another map by now, or the user chose a selection meanwhile
        if scene.cards_pending():
            # A few hundred items a turn, as after opening: twenty thousand at once
            # held the window for 0.4 s.
            scene.staged.make_cards(CARDS_PER_TURN)
            QTimer.singleShot(0, self, lambda: self._select_later(scene, card_ids))
            return
        self._select_now(scene, card_ids)

    def _select_now(self, scene, card_ids) -> None:
        items = scene.cards  # (made once: the property makes any items opening deferred)
        blocked = scene.blockSignals(True)
        try:
            scene.clearSelection()
            for card_id in card_ids:
                item = items.get(card_id)
                if item is not None:
                    item.setSelected(True)
        finally:
            scene.blockSignals(blocked)
        scene.selectionChanged.emit()

    def move_cards(self, card_ids: list[str], lane_id: str, step_id: str, index: int) -> None:
        """Dropped cards go to one cell, in their reading order (column by column, top down)."""
        layout = self.scene.layout
        ordered = sorted(card_ids, key=lambda c: (layout.boxes[("card", c)].x, layout.boxes[("card", c)].y))
        document = self.editor.document
        unchanged = [c.id for c in document.cards(lane_id, step_id)]
        others = [c for c in unchanged if c not in card_ids]
        if others[:index] + ordered + others[index:] == unchanged:
            return  # dropped where they were
        changes = self.editor.run(
            self.tr("Move %n card(s)", "", len(ordered)), document.move_cards, ordered, lane_id, step_id, index
        )
        if changes:
            self.select(ordered)

    def _selection_in_order(self) -> list[str]:
        scene = self.scene
        if scene is None:
            return []
        selected = set(scene.selected_card_ids())
        return [c for c in navigation.reading_order(self.editor.document, scene.map_id) if c in selected]

    def navigate(self, direction: navigation.Direction) -> None:
        selected = self._selection_in_order()
        current = selected[0] if selected else None
        target = navigation.neighbour(self.editor.document, self.scene.layout, self.scene.map_id, current, direction)
        if target is not None:
            self.select([target])
            self.cursor = target
            self.view.ensureVisible(self.scene.cards[target], 40, 40)

    def extend(self, direction: navigation.Direction) -> None:
        """Shift+arrow: the next card in that direction joins the selection, as Shift+click would."""
        selected = self._selection_in_order()
        current = self.cursor if self.cursor in selected else (selected[-1] if selected else None)
        target = navigation.neighbour(self.editor.document, self.scene.layout, self.scene.map_id, current, direction)
        if target is not None:
            self.select(selected + [target] if target not in selected else selected)
            self.cursor = target
            self.view.ensureVisible(self.scene.cards[target], 40, 40)

    def nudge(self, direction: navigation.Direction) -> None:
        ids = self._selection_in_order()
        if not ids:
            return
        target = navigation.nudge_target(self.editor.document, self.scene.map_id, ids, direction)
        if target is None:
            return
        # Repeated nudges of the same cards merge into one undo step.
        if self.editor.run(
            self.tr("Move %n card(s)", "", len(ids)),
            self.editor.document.move_cards,
            ids,
            *target,
            merge_key=("nudge", tuple(ids)),
        ):
            self.select(ids)
            self.view.ensureVisible(self.scene.cards[ids[0]], 40, 40)

    def duplicate_selected(self) -> None:
        ids = self._selection_in_order()
        if ids:
            changes = self.editor.run(
                self.tr("Duplicate %n card(s)", "", len(ids)), self.editor.document.duplicate_cards, ids
            )
            if changes:
                self.select([c.id for c in changes.added(Kind.CARD)])

    def copy_selected(self) -> bool:
        ids = self._selection_in_order()
        if not ids:
            return False
        QApplication.clipboard().setMimeData(cards_to_mime([self.editor.document.card(c) for c in ids]))
        return True

    def cut_selected(self) -> None:
        if self.copy_selected():
            ids = self._selection_in_order()
            self.editor.run(self.tr("Cut %n card(s)", "", len(ids)), self.editor.document.delete_cards, ids)

    def paste(self) -> None:
        """Into the cell of the selected card (after it), else the cell last clicked, else the first cell."""
        items = cards_from_mime(QApplication.clipboard().mimeData())
        if not items or self.scene is None:
            return
        document = self.editor.document
        selected = self._selection_in_order()
        if selected:
            last = document.card(selected[-1])
            lane_id, step_id, index = last.lane_id, last.step_id, last.position + 1
        else:
            lanes, steps = navigation.text_cells(document, self.scene.map_id)
            if self.last_cell is not None and self.last_cell[0] in lanes and self.last_cell[1] in steps:
                lane_id, step_id = self.last_cell
            elif lanes and steps:
                lane_id, step_id = lanes[0], steps[0]
            else:
                return
            index = None
        if len(items) > MAX_PASTED_CARDS:  # refused whole, and said: never a silent part of it
            self.editor.failed.emit(
                self.tr(
                    "The clipboard holds %n line(s); at most %1 cards can be pasted at once. Nothing was pasted.",
                    "",
                    len(items),
                ).replace("%1", str(MAX_PASTED_CARDS))
            )
            return
        fitted = [fit_text(text) for text, _ in items]
        # All lines are one edit and one undo step, however many there are.
        changes = self.editor.run(
            self.tr("Paste %n card(s)", "", len(items)),
            document.add_cards,
            lane_id,
            step_id,
            [text for text, _ in fitted],
            index=index,
            colors=[color for _, color in items],
        )
        if changes:
            self.select([c.id for c in changes.added(Kind.CARD)])
            self.editor.texts_cut(sum(cut for _, cut in fitted))

    def move_header(self, header: Header, record_id: str, parent: str, index: int) -> None:
        """A phase, step or lane dropped at a new place (a drop where it was changes nothing)."""
        document = self.editor.document
        header = Header(header)
        if header is Header.PHASE:
            phase = document.phase(record_id)
            if index != phase.position:
                self.editor.run(self.tr("Move phase"), document.move_phase, record_id, index)
        elif header is Header.STEP:
            step = document.step(record_id)
            if parent != step.phase_id or index != step.position:
                self.editor.run(self.tr("Move step"), document.move_step, record_id, parent, index)
        else:
            if index != document.lane(record_id).position:
                self.editor.run(self.tr("Move lane"), document.move_lane, record_id, index)

    def resize_step(self, step_id: str, width: int) -> None:
        document = self.editor.document
        width = min(float(width), MAX_STEP_WIDTH)
        if document.step(step_id).width != width:
            self.editor.run(self.tr("Change column width"), document.update_step, step_id, width=width)

    def set_score(self, lane_id: str, step_id: str, score: int) -> None:
        document = self.editor.document
        current = document.emotion(lane_id, step_id)
        if current is None or current.score != score:
            self.editor.run(self.tr("Set emotion"), document.set_emotion, lane_id, step_id, score)

    def channels_menu(self, lane_id: str, step_id: str) -> QMenu:
        """A menu of the map's channels; ticking one adds it to the step, unticking removes it."""
        document = self.editor.document
        menu = QMenu(self.view)
        chosen = document.step_channels(lane_id, step_id)
        current = set(chosen.channel_ids) if chosen else set()
        for channel in document.channels(self.scene.map_id):
            action = menu.addAction(channel_icon(channel.icon), channel.name)
            action.setCheckable(True)
            action.setChecked(channel.id in current)
            action.setData(channel.id)
            action.toggled.connect(
                self.editor.guard(
                    lambda on, channel_id=channel.id: self._toggle_channel(lane_id, step_id, channel_id, on)
                )
            )
        return menu

    def _toggle_channel(self, lane_id: str, step_id: str, channel_id: str, on: bool) -> None:
        document = self.editor.document
        chosen = document.step_channels(lane_id, step_id)
        current = set(chosen.channel_ids) if chosen else set()
        wanted = current | {channel_id} if on else current - {channel_id}
        if wanted != current:
            self.editor.run(self.tr("Choose channels"), document.set_step_channels, lane_id, step_id, sorted(wanted))

    def pick_channels(self, lane_id: str, step_id: str, where) -> None:
        self.channels_menu(lane_id, step_id).exec(where)

    def add_card(self) -> None:
        """Insert > Card: type a new card in the selected card's cell, the cell last clicked, or the first."""
        document = self.editor.document
        selected = self._selection_in_order()
        if selected:
            card = document.card(selected[-1])
            cell = (card.lane_id, card.step_id)
        else:
            lanes, steps = navigation.text_cells(document, self.scene.map_id)
            if self.last_cell is not None and self.last_cell[0] in lanes and self.last_cell[1] in steps:
                cell = self.last_cell
            elif lanes and steps:
                cell = (lanes[0], steps[0])
            else:
                return
        self.view.ensureVisible(QRectF(*_rect(self.scene.layout.boxes[("cell", cell)])), 40, 40)
        self.new_card(*cell)

    def find(self, text: str) -> int:
        """Select the cards containing ``text`` (any case) and show the first; returns how many."""
        needle = text.casefold()
        document = self.editor.document
        found = [
            c
            for c in navigation.reading_order(document, self.scene.map_id)
            if needle in document.card(c).text.casefold()
        ]
        self.select(found)
        if found:
            self.view.ensureVisible(self.scene.cards[found[0]], 60, 60)
        return len(found)

    def delete_selected(self) -> None:
        ids = self.scene.selected_card_ids() if self.scene else []
        if ids:
            self.editor.run(self.tr("Delete %n card(s)", "", len(ids)), self.editor.document.delete_cards, ids)


def _rect(box):
    return box.x, box.y, box.w, box.h
