"""The shown map's phases, steps and lanes as a list beside the canvas.

Headers on the canvas are reached with the mouse; this list reaches them with
the keyboard and names them for a screen reader. Choosing a row inspects that
part (the inspector then offers its name, colour, width, the step's emotion,
channels, figures and picture), and Alt+arrow keys or Delete act on it through
the window's Map menu.
"""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from ..app.dispatch import Stage, views_of
from ..app.editing import EditingSession
from ..content.lanes import LANE_CONTEXT, LANE_TITLES
from ..domain import Changes, Document
from ..domain.structure import Header, header_of, outline_changed

ROLE = Qt.ItemDataRole.UserRole
KEY = Qt.ItemDataRole.UserRole + 1


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def structure_rows(document: Document, map_id: str | None) -> list[tuple[int, Header | None, str, str]]:
    """(depth, header, id, label) in the order the list shows them; group rows have no header and no id."""
    if map_id is None or map_id not in {m.id for m in document.maps()}:
        return []
    rows: list[tuple[int, Header | None, str, str]] = [(0, None, "", translate("StructurePanel", "Timeline"))]
    for phase in document.phases(map_id):
        rows.append((1, Header.PHASE, phase.id, phase.name or translate("StructurePanel", "(unnamed phase)")))
        rows += [
            (2, Header.STEP, step.id, step.name or translate("StructurePanel", "(unnamed step)"))
            for step in document.steps(phase.id)
        ]
    rows.append((0, None, "", translate("StructurePanel", "Lanes")))
    for lane in document.lanes(map_id):
        kind = QCoreApplication.translate(LANE_CONTEXT, LANE_TITLES[lane.kind])
        label = lane.title or kind
        rows.append((1, Header.LANE, lane.id, label if label == kind else f"{label} ({kind})"))
    return rows


class StructurePanel(QTreeWidget):
    chosen = Signal(object, str)  # Header (None: no part), id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("structure")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.session: EditingSession | None = None
        self.map_id: str | None = None
        self._items: dict[tuple[Header, str], QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._current_changed)
        self.retranslate()

    def attach(self, session: EditingSession) -> None:
        """Follow ``session``'s document: the list changes with the map's parts."""
        self.session = session
        views_of(session).attach(Stage.PANELS, self.on_changes)

    def detach(self) -> None:
        if self.session is not None:
            views_of(self.session).detach(self.on_changes)

    def retranslate(self) -> None:
        """Words in the language installed now."""
        self.setAccessibleName(translate("StructurePanel", "Phases, steps and lanes"))
        self.setToolTip(
            translate(
                "StructurePanel", "Choose a part to see it in the inspector; Alt+arrow keys move it, Delete removes it"
            )
        )
        if self.session is not None:
            self._list()

    def show_map(self, map_id: str | None) -> None:
        """List this map's parts (None: no map); the current row stays where it can."""
        if map_id != self.map_id:
            self.map_id = map_id
            self._list()

    def on_changes(self, changes: Changes) -> None:
        """Only a phase, step or lane of the map added, removed, renamed or moved changes the list."""
        if outline_changed(changes, self.map_id):
            self._list()

    def _list(self) -> None:
        rows = structure_rows(self.session.document, self.map_id)
        chosen = self.current()
        self.blockSignals(True)
        self.clear()
        self._items = {}
        parents: list[QTreeWidgetItem] = []
        for depth, header, key, label in rows:
            item = QTreeWidgetItem([label])
            item.setData(0, ROLE, header.value if header else "")
            item.setData(0, KEY, key)
            if not key:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            del parents[depth:]
            (parents[-1].addChild(item) if parents else self.addTopLevelItem(item))
            parents.append(item)
            if key:
                self._items[(header, key)] = item
        self.expandAll()
        self.blockSignals(False)
        self.mark(*chosen) if chosen else self.mark(None, "")

    def current(self) -> tuple[Header, str] | None:
        item = self.currentItem()
        if item is None or not item.data(0, KEY):
            return None
        return Header(item.data(0, ROLE)), item.data(0, KEY)

    def mark(self, header: Header | None, key) -> None:
        """Show ``(header, key)`` as the current row (or none) without announcing a choice."""
        header = header_of(header) if header else None
        item = self._items.get((header, key)) if header is not None and isinstance(key, str) else None
        self.blockSignals(True)
        if item is None:
            self.clearSelection()
            if self.currentItem() is not None and self.currentItem().data(0, KEY):
                self.setCurrentItem(None)
        else:
            self.setCurrentItem(item)
            self.scrollToItem(item)
        self.blockSignals(False)

    def _current_changed(self, item, _previous) -> None:
        if item is None or not item.data(0, KEY):
            self.chosen.emit(None, "")
        else:
            self.chosen.emit(Header(item.data(0, ROLE)), item.data(0, KEY))
