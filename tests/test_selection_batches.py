"""A selection change reaches the views once per user action, not once per card.

Each ``setSelected`` announced the selection again, and the inspector listed
every selected card each time: select all at 2,000 cards froze the window for
1.8 s (84 s at 10,000). These tests count what a user action sets off; the
time it takes is measured in ``benchmarks/`` (the ``interactions`` probe)."""

import pytest
from PySide6.QtWidgets import QApplication

from journeymapper.domain import Kind
from journeymapper.ui.inspector import Inspected


@pytest.fixture
def window(project_window):
    return project_window


def counted(window, monkeypatch):
    """(selection announcements, inspector refreshes) from now on."""
    announced, refreshed = [], []
    window.scene.selectionChanged.connect(lambda: announced.append(1))
    real = window.inspector.refresh

    def refresh():
        refreshed.append(1)
        return real()

    monkeypatch.setattr(window.inspector, "refresh", refresh)
    return announced, refreshed


def trigger(window, name: str) -> None:
    window.actions[name].trigger()  # as the menu and its shortcut do
    QApplication.processEvents()


def test_select_all_announces_the_selection_once(window, monkeypatch):
    cards = len(window.scene.cards)
    assert cards > 40
    announced, refreshed = counted(window, monkeypatch)
    trigger(window, "select_all")
    assert len(window.scene.selected_card_ids()) == cards
    assert window.inspector.target == (Inspected.CARDS, window.scene.selected_card_ids())
    assert len(announced) == 1 and len(refreshed) == 1


def test_deleting_cutting_and_undoing_all_cards_announce_once_each(window, monkeypatch):
    cards = len(window.scene.cards)
    trigger(window, "select_all")
    for name, left in (("delete", 0), ("undo", cards), ("select_all", cards), ("cut", 0), ("undo", cards)):
        announced, refreshed = counted(window, monkeypatch)
        trigger(window, name)
        assert len(window.session.document.store.all(Kind.CARD)) == left
        assert len(announced) <= 1, name
        assert len(refreshed) <= 2, name  # the selection, and the edit's changes


def test_pasting_many_lines_announces_the_pasted_selection_once(window, monkeypatch):
    QApplication.clipboard().setText("\n".join(f"Regel {n} · ığüşöç · 顾客 🎉" for n in range(300)))
    window.scene.clearSelection()
    announced, refreshed = counted(window, monkeypatch)
    trigger(window, "paste")
    assert len(window.scene.selected_card_ids()) == 300
    assert len(announced) <= 1 and len(refreshed) <= 2
