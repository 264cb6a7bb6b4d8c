"""The inspector: edit what is selected without leaving the canvas.

Cards (text and colour), a phase, step or lane (name, colour, width), a
persona (texts and photo), or, with nothing selected, the map's context.
Each change is one undo step, made when a field is left or a colour picked;
fields follow the document when it changes elsewhere (undo, another view).
"""

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..app.dispatch import Stage, views_of
from ..domain import Changes, EditError, Kind
from ..domain.rules import MAX_NAME, MAX_STEP_WIDTH, MAX_TEXT, MIN_STEP_WIDTH, fit_text
from ..domain.structure import Header, header_of
from ..layout import DEFAULT_THEME
from .field_sync import committed, show_line
from .picture_preview import show_picture
from .pictures import choose_picture_file, read_picture
from .renaming import rename_header
from .step_cells import StepCells
from .undo import Editor

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class Inspected(str, Enum):
    """What else than a header (``domain.structure.Header``) the inspector can show."""

    MAP = "map"  # the shown map's context (nothing selected)
    CARDS = "cards"  # the selected cards
    PERSONA = "persona"


PART_ACTIONS = ("move_earlier", "move_later", "delete_part")  # the Map menu's commands the header page offers
CARD_COLORS = ("", "#fff1a8", "#d6e6f5", "#cfe9cf", "#f8cfc6", "#e4daf4", "#fde0c2", "#e2e4e8", "#ffffff")


class CommitText(QPlainTextEdit):
    """A text field that reports its text when the user leaves it."""

    committed = Signal(str)

    def __init__(self, lines: int = 4) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setMaximumHeight(round(self.fontMetrics().lineSpacing() * lines + 14))

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.committed.emit(self.toPlainText())


def _swatches(colors, on_pick) -> QWidget:
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    for index, color in enumerate(colors):
        button = QPushButton("" if color else translate("Inspector", "Default"))
        button.setAccessibleName(color or translate("Inspector", "Default colour"))
        button.setToolTip(color or translate("Inspector", "The lane's or theme's colour"))
        if color:
            button.setFixedSize(28, 24)
            button.setStyleSheet(f"background: {color}; border: 1px solid #9aa0a6;")
        button.clicked.connect(lambda checked=False, color=color: on_pick(color))
        grid.addWidget(button, index // 5, index % 5)
    return box


def _field(text: str) -> QLineEdit:
    field = QLineEdit(text)
    field.setMaxLength(MAX_NAME)
    return field


class Inspector(QDockWidget):
    targetChanged = Signal()  # noqa: N815 - Qt names signals so; another thing is inspected (what: ``target``)

    def __init__(self, parent, editor: Editor) -> None:
        super().__init__(translate("Inspector", "Inspector"), parent)
        self.setObjectName("inspector")
        self.editor = editor
        # (MAP, None), (CARDS, [card ids]), (PERSONA, id) or (Header, id)
        self.target: tuple[Inspected | Header, object] = (Inspected.MAP, None)
        self.map_id: str | None = None  # the map shown beside the inspector (its context is on the map page)
        self._part_actions: dict = {}  # the Map menu's move and delete actions, mirrored by buttons
        self.pages = QStackedWidget()
        self._scrollers: dict[QWidget, QScrollArea] = {}  # each page, by the scroll area it sits in
        # The dock keeps its width whatever page shows: a dock that grew when a
        # card was selected would shift the map under the mouse.
        self.pages.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setWidget(self.pages)
        self.setMinimumWidth(260)
        self._build_map_page()
        self._build_cards_page()
        self._build_header_page()
        self._build_persona_page()
        views_of(editor.session).attach(Stage.INSPECTOR, self.on_changes)

    def detach(self) -> None:
        """Stop following the document (the window closes)."""
        views_of(self.editor.session).detach(self.on_changes)

    @property
    def document(self):
        return self.editor.document

    def retranslate(self) -> None:
        """Build the pages again in the language installed now, showing the same target."""
        self.setWindowTitle(translate("Inspector", "Inspector"))
        while self.pages.count():
            page = self.pages.widget(0)
            self.pages.removeWidget(page)
            page.deleteLater()
        self._build_map_page()
        self._build_cards_page()
        self._build_header_page()
        self._build_persona_page()
        for name in self._part_actions:
            self._follow_action(name)  # the new buttons
        self.refresh()

    # -- pages ---------------------------------------------------------------------------
    def _page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the fields stay together at the top
        # A step with emotion, channels, figures and a picture is taller than a
        # laptop's dock: every page scrolls rather than squeezing its fields.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(page)
        self.pages.addWidget(scroller)
        self._scrollers[page] = scroller
        return page, form

    def _show_page(self, page: QWidget) -> None:
        # Kept, not found through parentWidget(): the viewport between page and
        # scroll area is made by Qt, and handing it to Python made PySide load
        # all its widget classes (60 enums, 25 ms of opening a project).
        self.pages.setCurrentWidget(self._scrollers[page])

    def current_page(self) -> QWidget:
        return self.pages.currentWidget().widget()

    def _build_map_page(self) -> None:
        self.map_page, form = self._page()
        self.map_title = _field("")
        self.map_title.editingFinished.connect(
            self.editor.guard(lambda: self._map_context(title=committed(self.map_title)))
        )
        form.addRow(translate("Inspector", "Title:"), self.map_title)
        self.map_fields = {}
        for key, label in (
            ("trigger", translate("Inspector", "Trigger:")),
            ("goal", translate("Inspector", "Goal:")),
            ("scenario", translate("Inspector", "Scenario:")),
        ):
            field = CommitText()
            field.committed.connect(self.editor.guard(lambda text, key=key: self._map_context(**{key: text})))
            form.addRow(label, field)
            self.map_fields[key] = field

    def _build_cards_page(self) -> None:
        self.cards_page, form = self._page()
        self.cards_heading = QLabel()
        self.cards_heading.setWordWrap(True)
        form.addRow(self.cards_heading)
        self.card_text = CommitText(8)
        self.card_text.setAccessibleName(translate("Inspector", "Card text"))
        self.card_text.committed.connect(self.editor.guard(self._card_text))
        form.addRow(translate("Inspector", "Text:"), self.card_text)
        form.addRow(translate("Inspector", "Colour:"), _swatches(CARD_COLORS, self.editor.guard(self._card_color)))

    def _build_header_page(self) -> None:
        self.header_page, form = self._page()
        self.header_form = form
        self.header_heading = QLabel()
        self.header_heading.setWordWrap(True)
        form.addRow(self.header_heading)
        self.header_name = _field("")
        self.header_name.setAccessibleName(translate("Inspector", "Name"))
        self.header_name.editingFinished.connect(self.editor.guard(self._header_name))
        form.addRow(translate("Inspector", "Name:"), self.header_name)
        self.step_width = QSpinBox()
        self.step_width.setRange(0, round(MAX_STEP_WIDTH))
        self.step_width.setSpecialValueText(translate("Inspector", "Standard"))
        self.step_width.setSuffix(" pt")
        self.step_width.editingFinished.connect(self.editor.guard(self._step_width))
        form.addRow(translate("Inspector", "Width:"), self.step_width)
        colors = ("", *DEFAULT_THEME.phase_colors, *CARD_COLORS[1:])
        self.header_colors = _swatches(colors, self.editor.guard(self._header_color))
        form.addRow(translate("Inspector", "Colour:"), self.header_colors)
        # The Map menu's move and delete commands, where the part is being looked at.
        row = QWidget()
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.header_buttons = {}
        for name in PART_ACTIONS:
            button = QPushButton()
            button.clicked.connect(lambda checked=False, name=name: self._trigger(name))
            buttons.addWidget(button)
            self.header_buttons[name] = button
        form.addRow(row)
        self.step_cells = StepCells(self.editor)
        form.addRow(self.step_cells)

    def _build_persona_page(self) -> None:
        self.persona_page, form = self._page()
        self.photo = QLabel()
        self.photo.setFixedSize(96, 96)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(translate("Inspector", "Choose photo…"))
        choose.clicked.connect(self.editor.guard(lambda: self._choose_photo()))
        form.addRow(self.photo, choose)
        self.persona_name = _field("")
        self.persona_name.editingFinished.connect(
            self.editor.guard(lambda: self._persona(name=committed(self.persona_name)))
        )
        form.addRow(translate("Inspector", "Name:"), self.persona_name)
        self.persona_fields = {}
        for key, label in (
            ("role", translate("Inspector", "Role or segment:")),
            ("quote", translate("Inspector", "Quote:")),
            ("description", translate("Inspector", "Description:")),
            ("needs", translate("Inspector", "Needs:")),
            ("goals", translate("Inspector", "Goals:")),
        ):
            field = CommitText(3)
            field.committed.connect(self.editor.guard(lambda text, key=key: self._persona(**{key: text})))
            form.addRow(label, field)
            self.persona_fields[key] = field
        remove = QPushButton(translate("Inspector", "Delete persona"))
        remove.clicked.connect(self.editor.guard(lambda: self._delete_persona()))
        form.addRow(remove)

    # -- the Map menu's commands for the part ----------------------------------------------------
    def mirror_part_actions(self, actions: dict) -> None:
        """Buttons for the Map menu's "move earlier", "move later" and "delete part"
        (``actions``: those QActions by name): the same words, enabled alike, and
        pressing one triggers its action."""
        self._part_actions = actions
        for name, action in actions.items():
            action.changed.connect(lambda name=name: self._follow_action(name))
            self._follow_action(name)

    def _follow_action(self, name: str) -> None:
        action, button = self._part_actions[name], self.header_buttons[name]
        button.setText(action.text().replace("&", ""))
        button.setEnabled(action.isEnabled())
        button.setVisible(bool(action.text()))

    def _trigger(self, name: str) -> None:
        action = self._part_actions.get(name)
        if action is not None:
            action.trigger()

    # -- what is shown ---------------------------------------------------------------------
    def show_map(self, map_id: str | None) -> None:
        """The map shown beside the inspector (its page shows that map's context)."""
        self.map_id = map_id
        if self.target[0] is Inspected.MAP:
            self.refresh()

    def show_for(self, role, key) -> None:
        """Inspect (MAP, None), (CARDS, [ids]), (Header, id) or (PERSONA, id); a name is read as its type."""
        header = header_of(role)
        self.target = (header if header is not None else Inspected(role), key)
        self.refresh()
        self.targetChanged.emit()

    def on_changes(self, changes: Changes) -> None:
        """Show the document again where ``changes`` touch what is inspected."""
        role, key = self.target
        kinds = changes.kinds
        step_shown = role is Header.STEP and key not in changes.keys(Kind.STEP)  # (else shown afresh below)
        self.step_cells.on_changes(changes, shown=step_shown)
        if role is Inspected.CARDS:
            touched = not set(key).isdisjoint(changes.keys(Kind.CARD))
        elif role is Inspected.PERSONA:
            touched = key in changes.keys(Kind.PERSONA) or Kind.IMAGE in kinds
        elif role is Inspected.MAP:
            touched = self.map_id in changes.keys(Kind.MAP)
        else:  # a header: its own record (a step's values in the other lanes: ``step_cells``)
            touched = key in changes.keys(role.kind)
        if touched:
            self.refresh()

    def refresh(self) -> None:
        """Show what is inspected, all of it, as the document has it now."""
        role, key = self.target
        document = self.document
        try:
            if role is Inspected.CARDS:
                cards = [document.card(c) for c in key if document.store.get(Kind.CARD, c) is not None]
                if not cards:
                    self.target = (Inspected.MAP, None)
                    self.refresh()
                    return self.targetChanged.emit()
                self.target = (Inspected.CARDS, [c.id for c in cards])
                self.cards_heading.setText(self.tr("%n card(s) selected", "", len(cards)))
                self.card_text.setEnabled(len(cards) == 1)
                _set_text(self.card_text, cards[0].text if len(cards) == 1 else "")
                self._show_page(self.cards_page)
            elif isinstance(role, Header):
                record = {Header.PHASE: document.phase, Header.STEP: document.step, Header.LANE: document.lane}[role](
                    key
                )
                self.header_heading.setText(
                    {
                        Header.PHASE: translate("Inspector", "Phase"),
                        Header.STEP: translate("Inspector", "Step"),
                        Header.LANE: translate("Inspector", "Lane"),
                    }[role]
                )
                show_line(self.header_name, record.title if role is Header.LANE else record.name)
                step = role is Header.STEP
                self.header_form.setRowVisible(self.step_width, step)  # label and field together
                self.header_form.setRowVisible(self.header_colors, not step)
                if step and not self.step_width.hasFocus():
                    self.step_width.setValue(round(record.width))
                self.header_form.setRowVisible(self.step_cells, step)
                if step:
                    self.step_cells.show_step(key)
                self._show_page(self.header_page)
            elif role is Inspected.PERSONA:
                persona = document.persona(key)
                show_line(self.persona_name, persona.name)
                for field_key, field in self.persona_fields.items():
                    _set_text(field, getattr(persona, field_key))
                self._show_photo(persona.photo_id)
                self._show_page(self.persona_page)
            else:
                map_id = self.map_id
                self.map_page.setEnabled(map_id is not None)
                if map_id is not None:
                    journey = document.map(map_id)
                    show_line(self.map_title, journey.title)
                    for field_key, field in self.map_fields.items():
                        _set_text(field, getattr(journey, field_key))
                self._show_page(self.map_page)
        except EditError:  # the item went away (undo, delete): show the map instead
            if role is not Inspected.MAP:
                self.target = (Inspected.MAP, None)
                self.refresh()
                self.targetChanged.emit()

    def _show_photo(self, image_id) -> None:
        show_picture(
            self.photo,
            self.document.image(image_id).data if image_id is not None else None,
            QSize(96, 96),
            translate("Inspector", "(no photo)"),
            translate("Inspector", "(this photo cannot be shown)"),
        )

    # -- edits -------------------------------------------------------------------------------
    def _map_context(self, **fields) -> None:
        map_id = self.map_id
        if map_id is None:
            return
        journey = self.document.map(map_id)
        fields, cut = _fitted(fields)
        fields = {k: v for k, v in fields.items() if v != getattr(journey, k) and (k != "title" or v)}
        if not fields or self.editor.run(
            translate("Inspector", "Change map context"), self.document.set_map_context, map_id, **fields
        ):
            self.editor.texts_cut(cut)

    def _card_text(self, text: str) -> None:
        role, ids = self.target
        if role is not Inspected.CARDS or len(ids) != 1:
            return
        text, cut = fit_text(text)
        if text == self.document.card(ids[0]).text or self.editor.run(
            translate("Inspector", "Edit card"), self.document.update_card, ids[0], text=text
        ):
            self.editor.texts_cut(cut)  # also when what fits is what the card held
            _set_text(self.card_text, self.document.card(ids[0]).text)

    def _card_color(self, color: str) -> None:
        role, ids = self.target
        if role is Inspected.CARDS:
            self.editor.run(translate("Inspector", "Change colour"), self.document.recolor_cards, ids, color)

    def _header_name(self) -> None:
        role, key = self.target
        rename_header(self.editor, role, key, committed(self.header_name))

    def _step_width(self) -> None:
        role, key = self.target
        width = float(self.step_width.value())
        if role is Header.STEP and self.document.step(key).width != width:
            if 0 < width < MIN_STEP_WIDTH:
                width = MIN_STEP_WIDTH
            self.editor.run(translate("Inspector", "Change column width"), self.document.update_step, key, width=width)

    def _header_color(self, color: str) -> None:
        role, key = self.target
        if role is Header.PHASE:
            self.editor.run(translate("Inspector", "Change colour"), self.document.recolor_phase, key, color)
        elif role is Header.LANE:
            self.editor.run(translate("Inspector", "Change colour"), self.document.recolor_lane, key, color)

    def _persona(self, **fields) -> None:
        role, key = self.target
        if role is not Inspected.PERSONA:
            return
        persona = self.document.persona(key)
        fields, cut = _fitted(fields)
        fields = {k: v for k, v in fields.items() if v != getattr(persona, k) and (k != "name" or v)}
        if not fields or self.editor.run(
            translate("Inspector", "Change persona"), self.document.update_persona, key, **fields
        ):
            self.editor.texts_cut(cut)

    def _delete_persona(self) -> None:
        from .map_commands import delete_persona

        role, key = self.target
        if role is Inspected.PERSONA:
            delete_persona(self.editor, key)

    def _choose_photo(self) -> None:
        path = choose_picture_file(self, translate("Inspector", "Choose photo"))
        if path is not None:
            self.set_photo(path)

    def set_photo(self, path: Path) -> bool:
        """Put a PNG or JPEG in the project as the persona's photo: checked first, one undo step."""
        from ..messages import error_message

        role, key = self.target
        if role is not Inspected.PERSONA:
            return False
        try:
            image = read_picture(path)
        except EditError as error:
            self.editor.failed.emit(error_message(error))
            return False
        document = self.document
        document.persona(key)  # still there (raises before anything is added)

        def add_photo():
            image_id, changes = document.add_image(*image)
            return changes.then(document.update_persona(key, photo_id=image_id))

        return self.editor.run(translate("Inspector", "Change photo"), add_photo) is not None


def _fitted(fields: dict[str, str]) -> tuple[dict[str, str], int]:
    """The fields cut to their limits (names and titles are short), and how many were cut."""
    fitted, cut = {}, 0
    for key, value in fields.items():
        fitted[key], too_long = fit_text(value, MAX_NAME if key in ("title", "name") else MAX_TEXT)
        cut += too_long
    return fitted, cut


def _set_text(field: QPlainTextEdit, text: str) -> None:
    if not field.hasFocus() and field.toPlainText() != text:
        field.setPlainText(text)
