"""What one step holds in the map's other lanes: emotion, channels, figures, picture.

On the canvas these are set with the mouse (the emotion point is dragged,
channels are picked from a menu); here each one has a field, so all of it
can be done from the keyboard and read by a screen reader. The inspector
shows this under a step's name and width. Every change is one undo step.
"""

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QDoubleValidator, QValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain import Changes, EditError, Kind, LaneKind
from ..domain.rules import MAX_NAME, MAX_TEXT
from .channel_icons import channel_icon, icon_label
from .field_sync import committed, show_line
from .picture_preview import show_picture
from .pictures import choose_picture_file, read_picture

CHANNEL_ID = Qt.ItemDataRole.UserRole


class OptionalNumber(QDoubleValidator):
    """A number in the user's notation, or nothing (which clears the figure).

    A plain QDoubleValidator calls an empty field unfinished, and Qt then
    never reports the edit as done, so a figure could not be cleared."""

    def validate(self, text: str, pos: int):
        if not text.strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class _LaneBox(QGroupBox):
    """One lane's value for the step shown; ``fill`` follows the document."""

    shows: Kind  # the kind of cell value the box shows

    def __init__(self, cells: "StepCells", lane) -> None:
        super().__init__(lane.title)
        self.cells = cells
        self.lane_id = lane.id
        self.setAccessibleName(lane.title)

    @property
    def document(self):
        return self.cells.editor.document

    def run(self, name: str, command, *args, **kwargs) -> None:
        self.cells.editor.run(name, command, *args, **kwargs)

    def fill(self, step_id: str) -> None:
        raise NotImplementedError


class EmotionBox(_LaneBox):
    shows = Kind.EMOTION

    def __init__(self, cells, lane, low: int, high: int) -> None:
        super().__init__(cells, lane)
        form = QFormLayout(self)
        self.score = QSpinBox()
        # One below the scale means "no score": the spin box shows it as words.
        self.score.setRange(low - 1, high)
        self.score.setSpecialValueText(translate("StepCells", "no score"))
        self.score.setKeyboardTracking(False)  # typing "-2" is one change, not two
        self.score.setAccessibleName(translate("StepCells", "%1: score").replace("%1", lane.title))
        self.score.valueChanged.connect(self._score)
        form.addRow(translate("StepCells", "Score:"), self.score)
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_TEXT)
        self.note.setAccessibleName(translate("StepCells", "%1: note").replace("%1", lane.title))
        self.note.editingFinished.connect(self._note)
        form.addRow(translate("StepCells", "Note:"), self.note)

    def fill(self, step_id: str) -> None:
        emotion = self.document.emotion(self.lane_id, step_id)
        self.score.blockSignals(True)
        self.score.setValue(emotion.score if emotion else self.score.minimum())
        self.score.blockSignals(False)
        self.note.setEnabled(emotion is not None)
        show_line(self.note, emotion.note if emotion else "")

    def _score(self, value: int) -> None:
        score = None if value == self.score.minimum() else value
        current = self.document.emotion(self.lane_id, self.cells.step_id)
        if (current.score if current else None) != score:
            self.run(
                translate("StepCells", "Set emotion"),
                self.document.set_emotion,
                self.lane_id,
                self.cells.step_id,
                score,
            )

    def _note(self) -> None:
        current = self.document.emotion(self.lane_id, self.cells.step_id)
        text = committed(self.note)
        if current is not None and current.note != text:
            self.run(
                translate("StepCells", "Change emotion note"),
                self.document.set_emotion,
                self.lane_id,
                self.cells.step_id,
                current.score,
                note=text,
            )


class ChannelsBox(_LaneBox):
    shows = Kind.STEP_CHANNELS

    def __init__(self, cells, lane, channels) -> None:
        super().__init__(cells, lane)
        layout = QVBoxLayout(self)
        if not channels:
            hint = QLabel(translate("StepCells", "This map has no channels yet: add them in Map > Properties."))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("StepCells", "%1: channels used in this step").replace("%1", lane.title))
        for channel in channels:
            item = QListWidgetItem(channel_icon(channel.icon), channel.name)
            item.setToolTip(icon_label(channel.icon))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(CHANNEL_ID, channel.id)
            self.list.addItem(item)
        rows = max(1, len(channels))
        self.list.setFixedHeight(min(rows, 8) * max(self.list.sizeHintForRow(0), 20) + 2 * self.list.frameWidth())
        self.list.setVisible(bool(channels))
        self.list.itemChanged.connect(self._toggled)
        layout.addWidget(self.list)

    def fill(self, step_id: str) -> None:
        chosen = self.document.step_channels(self.lane_id, step_id)
        current = chosen.channel_ids if chosen else frozenset()
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(CHANNEL_ID) in current else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def _toggled(self, _item) -> None:
        wanted = sorted(
            self.list.item(row).data(CHANNEL_ID)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        )
        chosen = self.document.step_channels(self.lane_id, self.cells.step_id)
        if set(wanted) != set(chosen.channel_ids if chosen else ()):
            self.run(
                translate("StepCells", "Choose channels"),
                self.document.set_step_channels,
                self.lane_id,
                self.cells.step_id,
                wanted,
            )


class MetricBox(_LaneBox):
    shows = Kind.METRIC

    def __init__(self, cells, lane) -> None:
        super().__init__(cells, lane)
        form = QFormLayout(self)
        self.value = QLineEdit()
        self.value.setValidator(OptionalNumber(-1e15, 1e15, 6, self.value))
        self.value.setPlaceholderText(translate("StepCells", "empty"))
        self.value.setAccessibleName(translate("StepCells", "%1: value").replace("%1", lane.title))
        self.unit = QLineEdit()
        self.unit.setMaxLength(MAX_NAME)
        self.unit.setAccessibleName(translate("StepCells", "%1: unit").replace("%1", lane.title))
        self.source = QLineEdit()
        self.source.setMaxLength(MAX_TEXT)
        self.source.setAccessibleName(translate("StepCells", "%1: source").replace("%1", lane.title))
        for label, field in (
            (translate("StepCells", "Value:"), self.value),
            (translate("StepCells", "Unit:"), self.unit),
            (translate("StepCells", "Source:"), self.source),
        ):
            field.editingFinished.connect(self._commit)
            form.addRow(label, field)

    def fill(self, step_id: str) -> None:
        metric = self.document.metric(self.lane_id, step_id)
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # a figure to edit, not to read
        texts = (
            (self.value, locale.toString(metric.value, "g", 12) if metric else ""),
            (self.unit, metric.unit if metric else ""),
            (self.source, metric.source if metric else ""),
        )
        for field, text in texts:
            show_line(field, text)

    def _commit(self) -> None:
        text, unit, source = committed(self.value), committed(self.unit), committed(self.source)
        value, ok = QLocale().toDouble(text) if text else (None, True)
        if not ok:
            self.fill(self.cells.step_id)  # the validator let through something half-typed
            return
        current = self.document.metric(self.lane_id, self.cells.step_id)
        before = (current.value, current.unit, current.source) if current else (None, "", "")
        if value is None:
            unit = source = ""
        if (value, unit, source) != before:
            self.run(
                translate("StepCells", "Change figure"),
                self.document.set_metric,
                self.lane_id,
                self.cells.step_id,
                value,
                unit,
                source,
            )


class PictureBox(_LaneBox):
    shows = Kind.STEP_IMAGE

    def __init__(self, cells, lane) -> None:
        super().__init__(cells, lane)
        layout = QHBoxLayout(self)
        self.preview = QLabel()
        self.preview.setFixedSize(96, 72)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.preview)
        buttons = QVBoxLayout()
        self.choose = QPushButton(translate("StepCells", "Choose picture…"))
        self.choose.setAccessibleName(translate("StepCells", "%1: choose picture").replace("%1", lane.title))
        self.choose.clicked.connect(self._choose)
        self.remove = QPushButton(translate("StepCells", "Remove picture"))
        self.remove.setAccessibleName(translate("StepCells", "%1: remove picture").replace("%1", lane.title))
        self.remove.clicked.connect(self._remove)
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        layout.addLayout(buttons)

    def fill(self, step_id: str) -> None:
        """The picture decoded and shown (only when the step shown or its picture changed:
        decoding it on every edit elsewhere would cost each keystroke)."""
        picture = self.document.step_image(self.lane_id, step_id)
        image_id = picture.image_id if picture else None
        self.remove.setEnabled(image_id is not None)
        show_picture(
            self.preview,
            self.document.image(image_id).data if image_id is not None else None,
            self.preview.size(),
            translate("StepCells", "(no picture)"),
            translate("StepCells", "(this picture cannot be shown)"),
        )

    def _choose(self) -> None:
        path = choose_picture_file(self, translate("StepCells", "Choose picture"))
        if path is not None:
            self.cells.set_picture(self.lane_id, path)

    def _remove(self) -> None:
        self.run(
            translate("StepCells", "Remove picture"),
            self.document.set_step_image,
            self.lane_id,
            self.cells.step_id,
            None,
        )


class StepCells(QWidget):
    """A group per emotion, channels, metrics and picture lane of the step's map."""

    def __init__(self, editor, parent=None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.step_id: str | None = None
        self.map_id: str | None = None
        self.boxes: dict[str, _LaneBox] = {}
        self._stale = False  # the map's lanes, scale or channels changed while another thing was inspected
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def show_step(self, step_id: str) -> None:
        """The fields of this step's map (made anew for another map, or when the map's
        lanes, scale or channels changed since), filled with the step's values."""
        document = self.editor.document
        map_id = document.phase(document.step(step_id).phase_id).map_id
        if map_id != self.map_id or self._stale:
            self.map_id = map_id
            self._rebuild()
        self.step_id = step_id
        for box in self.boxes.values():
            box.fill(step_id)

    def on_changes(self, changes: Changes, shown: bool) -> None:
        """Fields made anew when the map's other lanes, its scale or its channels changed;
        otherwise only the boxes whose value for the step changed are filled again.
        Not ``shown`` (another thing is inspected), it only notes that its fields are out of date."""
        if _fields_changed(changes, self.map_id):
            self._stale = True
        if not shown or self.step_id is None:
            return
        if self._stale:
            self._rebuild()
            for box in self.boxes.values():
                box.fill(self.step_id)
            return
        pictures = Kind.IMAGE in changes.kinds  # a picture's data (not a step's choice of picture)
        for box in self.boxes.values():
            if (box.lane_id, self.step_id) in changes.keys(box.shows) or (pictures and isinstance(box, PictureBox)):
                box.fill(self.step_id)

    def _rebuild(self) -> None:
        self._stale = False
        document = self.editor.document
        journey = document.map(self.map_id)
        lanes = [lane for lane in document.lanes(journey.id) if not lane.kind.holds_cards]
        low, high, channels = journey.scale_min, journey.scale_max, document.channels(journey.id)
        for box in self.boxes.values():
            self.layout_.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        for lane in lanes:
            if lane.kind is LaneKind.EMOTION:
                box = EmotionBox(self, lane, low, high)
            elif lane.kind is LaneKind.CHANNELS:
                box = ChannelsBox(self, lane, channels)
            elif lane.kind is LaneKind.METRICS:
                box = MetricBox(self, lane)
            elif lane.kind is LaneKind.IMAGE:
                box = PictureBox(self, lane)
            else:
                continue
            self.layout_.addWidget(box)
            self.boxes[lane.id] = box

    def focus_lane(self, lane_id: str) -> None:
        """Put the keyboard in this lane's first field (a double-click on its cell asks for that)."""
        box = self.boxes.get(lane_id)
        for child in box.findChildren(QWidget) if box is not None else ():
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isVisibleTo(box) and child.isEnabled():
                child.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def set_picture(self, lane_id: str, path) -> bool:
        """Put a PNG or JPEG in the project as this step's picture: checked first, one undo step."""
        from ..messages import error_message

        document = self.editor.document
        step_id = self.step_id
        try:
            image = read_picture(path)
        except EditError as error:
            self.editor.failed.emit(error_message(error))
            return False

        def add_picture():
            image_id, changes = document.add_image(*image)
            return changes.then(document.set_step_image(lane_id, step_id, image_id))

        return self.editor.run(translate("StepCells", "Change picture"), add_picture) is not None


def _fields_changed(changes: Changes, map_id: str | None) -> bool:
    """Whether ``changes`` add, remove, rename or reorder the map's lanes without cards,
    change its emotion scale or its list of channels: what the step's fields are."""
    if map_id not in changes.map_ids:
        return False
    for change in changes:
        if change.map_id != map_id:
            continue
        old, new = change.old, change.new
        if change.kind is Kind.CHANNEL:
            return True
        if change.kind is Kind.MAP and (
            old is None or new is None or (old.scale_min, old.scale_max) != (new.scale_min, new.scale_max)
        ):
            return True
        if change.kind is Kind.LANE:
            if old is not None and new is not None and old.kind.holds_cards and new.kind.holds_cards:
                continue  # a lane with cards has no field here
            if old is None or new is None or (old.title, old.kind, old.position) != (new.title, new.kind, new.position):
                return True
    return False
