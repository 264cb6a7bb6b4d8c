"""The canvas draws the shared layout: the same cards, colours and lines as the print."""

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView

from journeymapper.app.editing import EditingSession
from journeymapper.domain import Kind
from journeymapper.layout import Box, TextLine
from journeymapper.persistence import ProjectFile
from journeymapper.ui.canvas.items import SELECTION, CardItem
from journeymapper.ui.canvas.scene import MapScene
from journeymapper.ui.canvas.view import MapView


@pytest.fixture
def session(qapp, sample_file):
    project, document = ProjectFile.open(sample_file)
    session = EditingSession(document, project)
    yield session
    project.close()


@pytest.fixture
def scene(session):
    scene = MapScene(session, session.document.maps()[0].id)
    yield scene
    scene.detach()
    if shiboken6.isValid(scene):
        scene.deleteLater()


def render(scene, scale=2.0) -> QImage:
    page = scene.page_rect()
    image = QImage(round(page.width() * scale), round(page.height() * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, source=page)
    painter.end()
    return image


def shown_view(qtbot, scene, width=900, height=600) -> MapView:
    """A view on ``scene``, shown and exposed."""
    view = MapView()
    qtbot.addWidget(view)
    view.setScene(scene)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_one_item_per_card_at_its_layout_box(scene, session):
    cards = session.document.store.all(Kind.CARD)
    assert set(scene.cards) == {c.id for c in cards}
    for card in cards:
        item = scene.cards[card.id]
        assert item.scene_box() == scene.layout.boxes[("card", card.id)]
        texts = [s.text for s in item.shapes if isinstance(s, TextLine)]
        assert " ".join(texts).split() == card.text.split()


def test_screen_shows_the_layout_colours_where_print_has_them(scene, session):
    image = render(scene, 2.0)
    for card in session.document.store.all(Kind.CARD):
        box = scene.layout.boxes[("card", card.id)]
        fill = [s for s in scene.layout.shapes if isinstance(s, Box) and s.ref == ("card", card.id)][-1].fill
        pixel = image.pixelColor(round((box.right - 3) * 2), round((box.bottom - 3) * 2))
        assert pixel.name() == fill


def test_text_on_screen_stays_within_each_line_the_layout_measured(scene, session):
    image = render(scene, 3.0)
    for card in session.document.store.all(Kind.CARD)[:20]:
        box = scene.layout.boxes[("card", card.id)]
        fill = [s for s in scene.layout.shapes if isinstance(s, Box) and s.ref == ("card", card.id)][-1].fill
        for line in (s for s in scene.layout.shapes if isinstance(s, TextLine) and s.ref == ("card", card.id)):
            y0, y1 = round((line.baseline - 0.75 * line.size) * 3), round((line.baseline + 0.2 * line.size) * 3)
            ink = [
                image.pixelColor(x, y).name() != fill
                for x in range(round(line.x * 3), round((line.x + line.width) * 3))
                for y in range(y0, y1)
            ]
            assert sum(ink) > 0.05 * len(ink), line.text
            beyond = [
                image.pixelColor(x, y).name()
                for x in range(round((line.x + line.width + 1) * 3), round((box.right - 1) * 3))
                for y in range(y0, y1)
            ]
            assert set(beyond) <= {fill}, line.text


def test_edits_reach_the_scene_and_selection_survives(scene, session):
    document = session.document
    lane = document.lanes(scene.map_id)[0]
    step = document.map_steps(scene.map_id)[0]
    first, *_ = document.cards(lane.id, step.id)
    scene.cards[first.id].setSelected(True)
    changes = session.edit(document.add_cards, lane.id, step.id, ["Nieuwe kaart op het canvas"], index=0)
    new_id = changes.added(Kind.CARD)[0].id
    assert new_id in scene.cards
    assert scene.cards[first.id].box.y > scene.cards[new_id].box.bottom  # pushed down
    assert scene.selected_card_ids() == [first.id]
    renamed = session.edit(document.update_card, new_id, text="Gewijzigd")
    assert [s.text for s in scene.cards[new_id].shapes if isinstance(s, TextLine)] == ["Gewijzigd"]
    session.apply(renamed.inverted())  # undo reaches the scene the same way
    assert [s.text for s in scene.cards[new_id].shapes if isinstance(s, TextLine)] == ["Nieuwe kaart op het canvas"]
    session.edit(document.delete_cards, [new_id])
    assert new_id not in scene.cards
    assert {i.card_id for i in scene.items() if isinstance(i, CardItem)} == set(scene.cards)


def test_view_zooms_with_ctrl_wheel_and_fits_the_map(qtbot, scene):
    view = shown_view(qtbot, scene)
    view.zoom_to_fit()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(scene.page_rect())
    fitted = view.zoom()
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.viewport().mapToGlobal(centre),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(fitted * 1.25)
    view.zoom_actual()
    assert view.zoom() == pytest.approx(1.0)
    view.zoom_out()
    assert view.zoom() == pytest.approx(0.8)
    assert view.dragMode() == QGraphicsView.DragMode.RubberBandDrag


def test_middle_button_drag_pans(qtbot, scene):
    from PySide6.QtTest import QTest

    view = shown_view(qtbot, scene, 500, 400)
    view.zoom_actual()
    bar = view.horizontalScrollBar()
    bar.setValue(bar.minimum())
    start = bar.value()
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(300, 200))
    QTest.mouseMove(viewport, QPoint(200, 200))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(200, 200))
    assert bar.value() == start + 100


def test_zoomed_out_lanes_show_one_picture_and_cards_stay_clickable(qtbot, scene, session):
    from PySide6.QtTest import QTest

    from journeymapper.ui.canvas.lane_picture import LanePicture

    view = shown_view(qtbot, scene)
    view.set_zoom(0.25)
    assert scene.overview  # the view told its scene
    overviews = [i for i in scene.items() if isinstance(i, LanePicture)]
    assert overviews and all(o.isVisible() for o in overviews)
    assert all(card.opacity() == 0.0 for card in scene.cards.values())
    # the picture shows the cards where the print has them
    image = render(scene, 2.0)
    card = session.document.store.all(Kind.CARD)[0]
    box = scene.layout.boxes[("card", card.id)]
    fill = [s for s in scene.layout.shapes if isinstance(s, Box) and s.ref == ("card", card.id)][-1].fill
    assert image.pixelColor(round((box.right - 3) * 2), round((box.bottom - 3) * 2)).name() == fill
    # a click still selects the card, which then shows itself
    view.centerOn(QPointF(box.x + box.w / 2, box.y + box.h / 2))
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(box.x + box.w / 2, box.y + box.h / 2))
    )
    assert scene.selected_card_ids() == [card.id]
    outlines = scene.zoomed_out.outlines
    assert outlines.isVisible() and [r.contains(QPointF(box.x, box.y)) for r in outlines.rects()] == [True]
    scene.clearSelection()
    assert outlines.rects() == []
    view.set_zoom(1.0)
    assert not scene.overview and all(card.opacity() == 1.0 for card in scene.cards.values())
    assert not any(o.isVisible() for o in overviews if o.scene() is scene)


def test_a_card_clicked_before_its_item_was_made_is_selected(qtbot, session):
    """Opening a zoomed-out map makes the card items after the first paint; a
    click that comes before them still selects the card under the mouse."""
    from PySide6.QtTest import QTest

    view = MapView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.set_zoom(0.25)
    scene = MapScene(session, session.document.maps()[0].id)
    view.setScene(scene)
    view.show()
    assert scene.overview and scene.cards_pending() > 0  # the lane pictures show the cards so far
    card = session.document.store.all(Kind.CARD)[0]
    box = scene.layout.boxes[("card", card.id)]
    view.centerOn(QPointF(box.x + box.w / 2, box.y + box.h / 2))
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(box.x + box.w / 2, box.y + box.h / 2))
    )
    assert scene.selected_card_ids() == [card.id]
    assert scene.cards_pending() == 0
    scene.detach()


def test_the_card_items_come_after_the_first_paint(qtbot, session):
    view = MapView()
    qtbot.addWidget(view)
    view.set_zoom(0.25)
    scene = MapScene(session, session.document.maps()[0].id)
    view.setScene(scene)
    assert scene.cards_pending() > 0
    view.show()
    qtbot.waitUntil(lambda: scene.cards_pending() == 0)
    items = [i for i in scene.items() if isinstance(i, CardItem)]
    assert {i.card_id for i in items} == {c.id for c in session.document.store.all(Kind.CARD)}
    scene.detach()


def test_rubber_band_selects_when_zoomed_out(qtbot, scene, session):
    from PySide6.QtTest import QTest

    view = shown_view(qtbot, scene)
    view.set_zoom(0.3)
    document = session.document
    lane = document.lanes(scene.map_id)[0]
    steps = document.map_steps(scene.map_id)
    first = scene.layout.boxes[("cell", (lane.id, steps[0].id))]
    third = scene.layout.boxes[("cell", (lane.id, steps[2].id))]
    view.centerOn(QPointF(first.x, first.y))
    start = view.mapFromScene(QPointF(first.x + 2, first.y + 2))
    end = view.mapFromScene(QPointF(third.right - 2, third.bottom - 2))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 6):
        QTest.mouseMove(view.viewport(), start + (end - start) * i / 5)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    expected = {c.id for s in steps[:3] for c in document.cards(lane.id, s.id)}
    assert set(scene.selected_card_ids()) == expected
    boxes = sorted((scene.layout.boxes[("card", c)].x, scene.layout.boxes[("card", c)].y) for c in expected)
    outlined = sorted((r.x() + 1.5, r.y() + 1.5) for r in scene.zoomed_out.outlines.rects())
    assert outlined == boxes  # the selection shows as outlines round exactly those cards


def test_the_overview_follows_edits(qtbot, scene, session):
    """Zoomed out, an edit shows in the lane's picture (not the picture from before)."""
    from journeymapper.ui.canvas.lane_picture import LanePicture

    scene.set_zoom(0.2)
    document = session.document
    lane = document.lanes(scene.map_id)[0]
    step = document.map_steps(scene.map_id)[0]
    card = document.cards(lane.id, step.id)[0]
    session.edit(document.update_card, card.id, color="#123456")
    overview = next(
        i
        for i in scene.items()
        if isinstance(i, LanePicture) and any(shape.ref == ("card", card.id) for shape in i.shapes)
    )
    assert [s.fill for s in overview.shapes if s.ref == ("card", card.id) and isinstance(s, Box)] == ["#123456"]
    image = render(scene, 2.0)
    box = scene.layout.boxes[("card", card.id)]
    assert image.pixelColor(round((box.right - 3) * 2), round((box.bottom - 3) * 2)).name() == "#123456"


def test_zooming_in_past_the_sharpest_lane_picture_shows_it_soft_then_sharp(qtbot, scene, session):
    """A zoom step never waits for a lane to be painted afresh: the coarser picture
    shows at once and the sharper one follows when the event loop is idle."""
    from journeymapper.ui.canvas.lane_picture import LanePicture

    view = shown_view(qtbot, scene)
    view.set_zoom(0.1)
    qtbot.wait(50)
    pictures = [i for i in scene.items() if isinstance(i, LanePicture)]
    assert pictures and all(p.levels for p in pictures)
    coarse = {id(p): set(p.levels) for p in pictures}
    view.set_zoom(0.35)  # device scale 0.35: level 1 (half size) is the sharp one
    view.viewport().repaint()
    qtbot.waitUntil(
        lambda: all(
            1 in p.levels
            for p in pictures
            if p.isVisible()
            and p.sceneBoundingRect().intersects(view.mapToScene(view.viewport().rect()).boundingRect())
        )
    )
    assert any(1 not in coarse[id(p)] for p in pictures)
    # the sharp picture has the card where the layout has it, in the card's colour
    card = session.document.store.all(Kind.CARD)[0]
    box = scene.layout.boxes[("card", card.id)]
    lane_picture = next(p for p in pictures if p.sceneBoundingRect().contains(box.x + 1, box.y + 1))
    image = lane_picture.levels[1]
    origin = lane_picture.sceneBoundingRect().topLeft()
    fill = [s for s in scene.layout.shapes if isinstance(s, Box) and s.ref == ("card", card.id)][-1].fill
    x, y = (box.right - 3 - origin.x()) / 2, (box.bottom - 3 - origin.y()) / 2
    assert image.pixelColor(round(x), round(y)).name() == fill


def test_icons_paint_inside_their_box_and_alike_on_screen_and_paper(qapp, tmp_path):
    """Icons are drawn from cached outlines; they must land in the layout's square,
    and a printer (PDF) must get the same shape as the screen."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageSize, QPdfWriter

    from journeymapper.layout import Icon, Rect
    from journeymapper.layout.icons import ICONS
    from journeymapper.ui.canvas.qt_painter import QtShapePainter
    from pdf_tools import page_image

    shapes = [Icon(Rect(10 + 50 * i, 10, 40, 40), name, "#000000") for i, name in enumerate(ICONS)]
    width = 20 + 50 * len(shapes)
    screen = QImage(width * 2, 120, QImage.Format.Format_RGB32)
    screen.fill(QColor("white"))
    painter = QPainter(screen)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(2, 2)
    QtShapePainter(painter).paint(shapes)
    painter.end()
    pdf = tmp_path / "icons.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QSizeF(width, 60), QPageSize.Unit.Point))
    writer.setPageMargins(writer.pageLayout().margins() * 0)
    writer.setResolution(72)
    painter = QPainter(writer)
    QtShapePainter(painter).paint(shapes)
    painter.end()
    paper = page_image(pdf, dpi=144)
    for shape in shapes:
        r = shape.rect
        inside = [
            (x, y)
            for x in range(round(r.x * 2), round(r.right * 2))
            for y in range(round(r.y * 2), round(r.bottom * 2))
            if QColor(screen.pixel(x, y)).red() < 128
        ]
        assert len(inside) > 60, shape.name  # there is ink in the square...
        outside = [
            x
            for x in range(round((r.right + 2) * 2), round((r.right + 8) * 2))
            for y in range(120)
            if QColor(screen.pixel(x, y)).red() < 128
        ]
        assert not outside, shape.name  # ...and none beside it
        on_paper = sum(1 for x, y in inside if paper.getpixel((x, y)) < 160)
        assert on_paper > 0.8 * len(inside), shape.name


def test_zoomed_out_a_selected_card_shows_its_outline_and_when_carried_itself(qtbot, scene, session):
    """Zoomed out, the lane picture shows a card where it sits, so the selection is drawn as
    outlines over it (select all drew 2,000 cards whole again); carried away from its
    place, the item shows the whole card."""
    view = shown_view(qtbot, scene)
    view.set_zoom(0.3)
    assert scene.overview
    card = max(session.document.store.all(Kind.CARD), key=lambda c: len(c.text))
    item = scene.cards[card.id]
    box = scene.layout.boxes[("card", card.id)]
    fill = QColor([s for s in scene.layout.shapes if isinstance(s, Box) and s.ref == ("card", card.id)][-1].fill)

    def pixel(x: float, y: float, dx: int = 0) -> QColor:
        shown = view.viewport().grab().toImage()
        point = view.mapFromScene(QPointF(x, y))
        return shown.pixelColor(point.x() + dx, point.y())

    def near(a: QColor, b: QColor) -> bool:
        return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 40

    def card_shown_at(x: float, y: float) -> bool:
        """Most of the box's pixels in the card's colour (its text bars are the rest)."""
        shown = view.viewport().grab().toImage()
        top_left, bottom_right = (
            view.mapFromScene(QPointF(x + 2, y + 2)),
            view.mapFromScene(QPointF(x + box.w - 2, y + box.h - 2)),
        )
        pixels = [
            shown.pixelColor(px, py)
            for px in range(top_left.x(), bottom_right.x())
            for py in range(top_left.y(), bottom_right.y())
        ]
        return len(pixels) > 20 and sum(near(p, fill) for p in pixels) > len(pixels) / 2

    view.centerOn(QPointF(box.x + box.w / 2, box.y + box.h / 2))
    item.setSelected(True)
    assert near(pixel(box.x - 1.5, box.y + box.h / 2), SELECTION)  # the outline, 2 pixels wide round the card
    assert card_shown_at(box.x, box.y)  # the card itself, from the lane's picture
    below = box.y + box.h * 3
    assert not card_shown_at(box.x, below)
    from journeymapper.ui.canvas.gestures import DRAGGED_Z

    item.setZValue(DRAGGED_Z)  # carried down, as a drag carries it
    item.setOpacity(0.85)
    item.setPos(item.pos() + QPointF(0, box.h * 3))
    assert card_shown_at(box.x, below)
