"""The inspector edits the selection: each change one undo step, saved in the file."""

import pytest

from journeymapper.domain import Kind
from journeymapper.persistence import read_project


@pytest.fixture
def window(project_window):
    return project_window


def reopened(window):
    window.save()
    return read_project(window.session.project.path)[0]


def test_selecting_cards_shows_them_and_colours_apply_to_all(window):
    document = window.session.document
    cards = document.store.all(Kind.CARD)[:3]
    window.canvas.select([cards[0].id])
    inspector = window.inspector
    assert inspector.current_page() is inspector.cards_page
    assert inspector.card_text.toPlainText() == cards[0].text
    window.canvas.select([c.id for c in cards])
    assert inspector.cards_heading.text() == "3 cards selected"
    inspector._card_color("#cfe9cf")
    assert {document.card(c.id).color for c in cards} == {"#cfe9cf"}
    assert {reopened(window).card(c.id).color for c in cards} == {"#cfe9cf"}
    window.editor.stack.undo()
    assert [document.card(c.id).color for c in cards] == [c.color for c in cards]


def test_card_text_is_committed_when_the_field_is_left(window):
    document = window.session.document
    card = document.store.all(Kind.CARD)[0]
    window.canvas.select([card.id])
    field = window.inspector.card_text
    field.setPlainText("Bespreekt het met de buurvrouw")
    field.committed.emit(field.toPlainText())
    assert document.card(card.id).text == "Bespreekt het met de buurvrouw"
    assert window.undo_action.text() == "&Undo Edit card"
    window.editor.stack.undo()
    assert field.toPlainText() == card.text  # the field follows the document


def test_header_click_renames_and_recolours_a_phase(window):
    document = window.session.document
    phase = document.phases(window.map_id)[0]
    window.view.headerClicked.emit("phase", phase.id)
    inspector = window.inspector
    assert inspector.current_page() is inspector.header_page
    assert inspector.header_name.text() == phase.name
    inspector.header_name.setText("Ontdekken")
    inspector.header_name.editingFinished.emit()
    inspector._header_color("#4f7d2f")
    assert (document.phase(phase.id).name, document.phase(phase.id).color) == ("Ontdekken", "#4f7d2f")
    saved = reopened(window).phase(phase.id)
    assert (saved.name, saved.color) == ("Ontdekken", "#4f7d2f")
    window.editor.stack.undo()
    window.editor.stack.undo()
    assert document.phase(phase.id) == phase


def test_map_context_when_nothing_is_selected(window):
    document = window.session.document
    inspector = window.inspector
    window.scene.clearSelection()
    assert inspector.current_page() is inspector.map_page
    inspector.map_fields["goal"].setPlainText("Binnen drie dagen weer schone was")
    inspector.map_fields["goal"].committed.emit(inspector.map_fields["goal"].toPlainText())
    assert document.map(window.map_id).goal == "Binnen drie dagen weer schone was"
    assert reopened(window).map(window.map_id).goal == "Binnen drie dagen weer schone was"


def test_persona_photo_is_checked_and_set(window, tmp_path):
    from PIL import Image

    document = window.session.document
    persona = document.personas()[0]
    window.inspector.show_for("persona", persona.id)
    picture = tmp_path / "foto.png"
    Image.new("RGB", (120, 90), "#3366aa").save(picture)
    assert window.inspector.set_photo(picture)
    new_photo = document.persona(persona.id).photo_id
    assert new_photo != persona.photo_id and document.image(new_photo).width == 120
    assert reopened(window).persona(persona.id).photo_id == new_photo
    messages = []
    window.editor.failed.disconnect()
    window.editor.failed.connect(messages.append)
    bogus = tmp_path / "nep.png"
    bogus.write_bytes(b"GIF89a not a png at all")
    assert not window.inspector.set_photo(bogus)
    assert messages == ["Only PNG and JPEG images can be used, and this one could not be read."]
    assert document.persona(persona.id).photo_id == new_photo
    window.editor.stack.undo()
    assert document.persona(persona.id).photo_id == persona.photo_id


def test_selecting_a_card_does_not_move_the_map(window):
    """The inspector changing page must not resize the canvas under the mouse."""
    from PySide6.QtWidgets import QApplication

    document = window.session.document
    QApplication.processEvents()
    width = window.view.width()
    for card in document.store.all(Kind.CARD)[:3]:
        window.canvas.select([card.id])
        QApplication.processEvents()
        assert window.view.width() == width
    window.view.headerClicked.emit("lane", document.lanes(window.map_id)[0].id)
    QApplication.processEvents()
    assert window.view.width() == width
