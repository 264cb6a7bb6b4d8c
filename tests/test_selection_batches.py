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


def test_a_large_paste_zoomed_out_makes_its_items_and_selection_after_the_paint(window, qtbot, monkeypatch):
    """Zoomed out, the lane's picture shows pasted cards at once; their items (and the
    selection, which needs them) follow in later turns, a few hundred at a time, so the
    paste's own turn does not make them all."""
    window.view.set_zoom(0.2)
    assert window.scene.overview
    before = len(window.scene.cards)
    QApplication.clipboard().setText("\n".join(f"Regel {n} · ığüşöç · 顾客 🎉" for n in range(900)))
    window.scene.clearSelection()
    announced, refreshed = counted(window, monkeypatch)
    window.actions["paste"].trigger()
    assert window.scene.cards_pending() == 900  # none made in the paste's own turn
    assert len(window.session.document.store.all(Kind.CARD)) == before + 900  # the paste itself is whole
    qtbot.waitUntil(lambda: len(window.scene.selected_card_ids()) == 900)
    assert window.scene.cards_pending() == 0
    assert len(announced) == 1 and len(refreshed) <= 2
    assert len(window.scene.zoomed_out.outlines.rects()) == 900  # the selection shows


def test_a_selection_made_while_pasted_items_are_coming_is_kept(window, qtbot):
    window.view.set_zoom(0.2)
    QApplication.clipboard().setText("\n".join(f"Regel {n}" for n in range(900)))
    window.scene.clearSelection()
    window.actions["paste"].trigger()
    first = window.session.document.store.all(Kind.CARD)[0].id
    window.scene.cards[first].setSelected(True)  # the user clicks a card before the selection followed
    qtbot.wait(200)
    assert window.scene.selected_card_ids() == [first]
