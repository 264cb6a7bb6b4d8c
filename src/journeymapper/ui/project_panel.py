"""The project panel: the project's maps (with their card counts) and personas.

Choosing a row shows that map or inspects that persona (the window listens to
``currentItemChanged`` and ``itemClicked``). The list is made again only
when a change adds, removes or renames a map or persona, or changes a map's
number of cards: rebuilding it for every edit would cost each card drop its
time and reset the list's scroll position.

The rows' words come from the window (``rows``): they are translated under
its name.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ..app.dispatch import Stage, views_of
from ..app.editing import EditingSession
from ..domain import Changes, Document, Kind

MAP_ID = Qt.ItemDataRole.UserRole
PERSONA_ID = Qt.ItemDataRole.UserRole + 1
Rows = Callable[[Document], list[tuple[str, Qt.ItemDataRole, str]]]  # (text, MAP_ID or PERSONA_ID, id)


class ProjectPanel(QListWidget):
    def __init__(self, rows: Rows, parent=None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.session: EditingSession | None = None
        self._current: tuple[Qt.ItemDataRole, str | None] = (MAP_ID, None)  # the row shown as current

    def attach(self, session: EditingSession) -> None:
        """List ``session``'s project and follow its changes."""
        self.session = session
        views_of(session).attach(Stage.PANELS, self.on_changes)
        self._list()

    def detach(self) -> None:
        if self.session is not None:
            views_of(self.session).detach(self.on_changes)

    def retranslate(self) -> None:
        """The rows in the language installed now."""
        if self.session is not None:
            self._list()

    def on_changes(self, changes: Changes) -> None:
        if _listed(changes):
            self._list()

    def mark(self, role: Qt.ItemDataRole, key: str | None) -> None:
        """Show the row of a map (``MAP_ID``) or persona (``PERSONA_ID``) as current,
        without announcing a choice (no row: none current)."""
        self._current = (role, key)
        current = next((row for row in range(self.count()) if self.item(row).data(role) == key and key), -1)
        if self.currentRow() != current:
            blocked = self.blockSignals(True)
            self.setCurrentRow(current)
            self.blockSignals(blocked)

    def _list(self) -> None:
        rows = self.rows(self.session.document)
        blocked = self.blockSignals(True)
        self.clear()
        for text, role, key in rows:
            item = QListWidgetItem(text)
            item.setData(role, key)
            self.addItem(item)
        self.blockSignals(blocked)
        self.mark(*self._current)


def _listed(changes: Changes) -> bool:
    """Whether ``changes`` change a row: a map or persona added, removed or renamed,
    or a card added or removed (each map's row counts its cards)."""
    for change in changes:
        old, new = change.old, change.new
        added_or_removed = old is None or new is None
        if change.kind is Kind.CARD and added_or_removed:
            return True
        if change.kind is Kind.MAP and (added_or_removed or old.title != new.title):
            return True
        if change.kind is Kind.PERSONA and (added_or_removed or old.name != new.name):
            return True
    return False
