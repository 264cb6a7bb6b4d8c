"""What the user does on the canvas, turned into edits of the document.

The view reports gestures (a double-click on a card or a cell, F2, Delete,
...); the controller decides what they mean and runs the edit through the
``Editor``, so every change is one undo step with a name in the user's language.
"""

from PySide6.QtCore import QObject, QRectF

from ...domain import Kind
from ..undo import Editor
from .scene import MapScene
from .text_editor import CardTextEditor
from .view import MapView


class CanvasController(QObject):
    def __init__(self, view: MapView, editor: Editor) -> None:
        super().__init__(view)
        self.view = view
        self.editor = editor
        self.text_editor: CardTextEditor | None = None
        view.cardActivated.connect(self.edit_card)
        view.cellActivated.connect(self.new_card)
        view.deleteRequested.connect(self.delete_selected)
        view.cardsDropped.connect(self.move_cards)
        view.zoomChanged.connect(self._follow)
        view.horizontalScrollBar().valueChanged.connect(self._follow)
        view.verticalScrollBar().valueChanged.connect(self._follow)

    @property
    def scene(self) -> MapScene | None:
        return self.view.scene()

    def _follow(self, *_args) -> None:
        if self.text_editor is not None:
            self.text_editor.place()

    def _open_editor(self, rect: QRectF, text: str, fill: str) -> CardTextEditor:
        if self.text_editor is not None:
            self.text_editor.finish(commit=True)
        editor = CardTextEditor(self.view, rect, text, fill, self.scene.theme)
        self.text_editor = editor
        editor.destroyed.connect(lambda *_: setattr(self, "text_editor", None)
                                 if self.text_editor is editor else None)
        return editor

    def edit_card(self, card_id: str) -> None:
        scene = self.scene
        card = self.editor.document.card(card_id)
        box = scene.layout.boxes[("card", card_id)]
        fill = card.color or scene.theme.lane_color(self.editor.document.lane(card.lane_id).kind,
                                                    self.editor.document.lane(card.lane_id).color)
        editor = self._open_editor(QRectF(box.x, box.y, box.w, box.h), card.text, fill)

        def commit(text: str) -> None:
            if text != self.editor.document.card(card_id).text:
                self.editor.run(self.tr("Edit card"), self.editor.document.update_card, card_id, text=text)

        editor.committed.connect(commit)

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
        editor = self._open_editor(QRectF(cell.x + theme.pad, top, cell.w - 2 * theme.pad, height), "",
                                   theme.lane_color(lane.kind, lane.color))

        def commit(text: str) -> None:
            if not text.strip():
                return
            changes = self.editor.run(self.tr("Add card"), document.add_cards, lane_id, step_id, [text])
            if changes:
                self.select([c.id for c in changes.added(Kind.CARD)])

        editor.committed.connect(commit)

    def select(self, card_ids) -> None:
        scene = self.scene
        scene.clearSelection()
        for card_id in card_ids:
            item = scene.cards.get(card_id)
            if item is not None:
                item.setSelected(True)

    def move_cards(self, card_ids: list[str], lane_id: str, step_id: str, index: int) -> None:
        """Dropped cards go to one cell, in their reading order (column by column, top down)."""
        layout = self.scene.layout
        ordered = sorted(card_ids, key=lambda c: (layout.boxes[("card", c)].x, layout.boxes[("card", c)].y))
        document = self.editor.document
        unchanged = [c.id for c in document.cards(lane_id, step_id)]
        others = [c for c in unchanged if c not in card_ids]
        if others[:index] + ordered + others[index:] == unchanged:
            return  # dropped where they were
        changes = self.editor.run(self.tr("Move %n card(s)", "", len(ordered)), document.move_cards, ordered,
                                  lane_id, step_id, index)
        if changes:
            self.select(ordered)

    def delete_selected(self) -> None:
        ids = self.scene.selected_card_ids() if self.scene else []
        if ids:
            self.editor.run(self.tr("Delete %n card(s)", "", len(ids)), self.editor.document.delete_cards, ids)
