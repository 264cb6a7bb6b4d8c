"""The layout: every text placed, nothing clipped, boxes nested, one geometry for all."""

import itertools

import pytest

from journeymapper.domain import Document, Kind, LaneKind
from journeymapper.layout import Box, Circle, Curve, Icon, Labels, TextLine, compute_layout, face
from journeymapper.layout.text import SLACK, wrap


def sample_map(document):
    return document.maps()[0].id


def lines_of(layout, role, key):
    return [s for s in layout.shapes if isinstance(s, TextLine) and s.ref == (role, key)]


def test_every_card_text_is_laid_out_whole_and_fits_its_card(sample_document):
    map_id = sample_map(sample_document)
    layout = compute_layout(sample_document, map_id)
    cards = sample_document.store.all(Kind.CARD)
    assert len(cards) == 47
    for card in cards:
        lines = lines_of(layout, "card", card.id)
        assert " ".join(line.text for line in lines).split() == card.text.split()
        box = layout.boxes[("card", card.id)]
        for line in lines:
            assert line.x >= box.x and line.x + line.width <= box.right, (card.text, line.text)
            assert box.y < line.baseline < box.bottom
            assert line.width == pytest.approx(face(False).width(line.text, line.size))
        lane_id, step_id = card.lane_id, card.step_id
        assert layout.boxes[("cell", (lane_id, step_id))].contains(box)
        assert layout.boxes[("lane", lane_id)].contains(box)


def test_cards_of_a_cell_never_overlap_and_keep_their_order(sample_document):
    map_id = sample_map(sample_document)
    layout = compute_layout(sample_document, map_id)
    for lane in sample_document.lanes(map_id):
        for step in sample_document.map_steps(map_id):
            boxes = [layout.boxes[("card", c.id)] for c in sample_document.cards(lane.id, step.id)]
            for upper, lower in itertools.pairwise(boxes):
                assert upper.bottom < lower.y


def test_a_cell_grows_to_fit_its_cards_and_the_lane_with_it(sample_document):
    map_id = sample_map(sample_document)
    lane = sample_document.lanes(map_id)[0]
    step = sample_document.map_steps(map_id)[0]
    before = compute_layout(sample_document, map_id)
    sample_document.add_cards(lane.id, step.id, ["Een kaartje met een heel lange tekst " * 6] * 4)
    after = compute_layout(sample_document, map_id)
    assert after.boxes[("lane", lane.id)].h > before.boxes[("lane", lane.id)].h + 200
    assert after.height > before.height + 200
    for card in sample_document.cards(lane.id, step.id):
        assert after.boxes[("lane", lane.id)].contains(after.boxes[("card", card.id)])
    # every lane below moved down by the same amount
    lanes = sample_document.lanes(map_id)
    shifts = {round(after.boxes[("lane", l.id)].y - before.boxes[("lane", l.id)].y, 6) for l in lanes[1:]}
    assert len(shifts) == 1 and shifts.pop() > 200


def test_long_words_are_broken_never_clipped():
    font = face(False)
    word = "Klantreisanalyseworkshopvoorbereidingsdocumentatie" * 20
    lines = wrap(word, font, 10, 120)
    assert "".join(lines) == word
    assert all(font.width(line, 10) <= 120 * SLACK for line in lines)
    assert wrap("a\n\nb", font, 10, 100) == ["a", "", "b"]
    assert wrap("tab\there", font, 10, 500) == ["tab here"]
    sentence = "Prijzen verschillen per winkel meer dan € 100"
    lines = wrap(sentence, font, 10, 90)
    assert len(lines) == 3 and " ".join(lines).split() == sentence.split()
    assert all(font.width(line, 10) <= 90 * SLACK for line in lines)
    # greedy: the next word never fitted on the line before
    for line, following in itertools.pairwise(lines):
        assert font.width(line + " " + following.split()[0], 10) > 90 * SLACK


def test_header_shows_title_persona_and_context(sample_document):
    map_id = sample_map(sample_document)
    journey = sample_document.map(map_id)
    labels = Labels(persona="Persona", trigger="Aanleiding", goal="Doel", scenario="Scenario")
    layout = compute_layout(sample_document, map_id, labels=labels)
    lines = layout.text_lines()
    texts = [line.text for line in lines]
    # each context field in full, on the lines that name it, right after its label
    for label, field in (("", "title"), ("AANLEIDING", "trigger"), ("DOEL", "goal"), ("SCENARIO", "scenario")):
        value = getattr(journey, field)
        shown = [line.text for line in lines if line.ref == (field, map_id)]
        assert value and " ".join(shown) == " ".join(value.split()), field
        first = texts.index(shown[0])
        assert texts[first : first + len(shown)] == shown, field
        if label:
            assert texts[first - 1] == label and lines[first - 1].ref is None, field
    persona = sample_document.persona(journey.persona_id)
    assert any(s.ref == ("persona", persona.id) and type(s).__name__ == "Picture" for s in layout.shapes)


def test_emotion_curve_passes_through_every_score_within_the_lane(sample_document):
    map_id = sample_map(sample_document)
    layout = compute_layout(sample_document, map_id)
    lane = next(l for l in sample_document.lanes(map_id) if l.kind is LaneKind.EMOTION)
    lane_box = layout.boxes[("lane", lane.id)]
    markers = {s.ref[1]: s for s in layout.shapes if isinstance(s, Circle) and s.ref and s.ref[0] == "emotion"}
    steps = sample_document.map_steps(map_id)
    scores = [sample_document.emotion(lane.id, s.id).score for s in steps]
    ys = [markers[(lane.id, s.id)].center[1] for s in steps]
    # higher score, higher on the page; equal scores, equal heights
    for (a, ya), (b, yb) in zip(zip(scores, ys), zip(scores[1:], ys[1:])):
        assert (a < b) == (ya > yb) and (a == b) == (ya == pytest.approx(yb))
    curves = [s for s in layout.shapes if isinstance(s, Curve) and s.ref == ("lane", lane.id)]
    assert len(curves) == 1
    points = curves[0].flattened(32)
    assert all(lane_box.y < y < lane_box.bottom for _, y in points)
    # monotone pieces: between two markers the curve stays between their heights
    for (x0, y0), (x1, y1) in zip(
        [markers[(lane.id, s.id)].center for s in steps], [markers[(lane.id, s.id)].center for s in steps[1:]]
    ):
        inside = [y for x, y in points if x0 <= x <= x1]
        assert min(y0, y1) - 1e-6 <= min(inside) and max(inside) <= max(y0, y1) + 1e-6


def test_a_step_without_score_breaks_the_curve(sample_document):
    map_id = sample_map(sample_document)
    lane = next(l for l in sample_document.lanes(map_id) if l.kind is LaneKind.EMOTION)
    steps = sample_document.map_steps(map_id)
    sample_document.set_emotion(lane.id, steps[3].id, None)
    layout = compute_layout(sample_document, map_id)
    curves = [s for s in layout.shapes if isinstance(s, Curve) and s.ref == ("lane", lane.id)]
    assert len(curves) == 2
    assert len(curves[0].segments) == 2 and len(curves[1].segments) == len(steps) - 5


def test_each_chosen_channel_gets_its_icon_and_name(sample_document):
    map_id = sample_map(sample_document)
    layout = compute_layout(sample_document, map_id)
    lane = next(l for l in sample_document.lanes(map_id) if l.kind is LaneKind.CHANNELS)
    channels = {c.id: c for c in sample_document.channels(map_id)}
    for step in sample_document.map_steps(map_id):
        chosen = sample_document.step_channels(lane.id, step.id)
        key = ("channels", (lane.id, step.id))
        icons = sorted(s.name for s in layout.shapes if isinstance(s, Icon) and s.ref == key)
        expected = sorted(channels[c].icon for c in chosen.channel_ids) if chosen else []
        assert icons == expected
        names = " ".join(line.text for line in lines_of(layout, "channels", (lane.id, step.id)))
        for channel_id in chosen.channel_ids if chosen else ():
            assert channels[channel_id].name in names


def test_metrics_follow_the_readers_number_notation(sample_document):
    map_id = sample_map(sample_document)
    dutch = Labels(decimal_point=",", group_separator=".")
    layout = compute_layout(sample_document, map_id, labels=dutch)
    texts = [line.text for line in layout.text_lines()]
    assert "4,5\u00a0stars" in texts and "68%" in texts
    assert dutch.number(1234567.5) == "1.234.567,5"
    assert Labels().number(-0.001) == "0"


def test_user_colours_keep_text_readable(sample_document):
    from journeymapper.layout.theme import contrast

    map_id = sample_map(sample_document)
    lane = sample_document.lanes(map_id)[0]
    step = sample_document.map_steps(map_id)[0]
    card = sample_document.cards(lane.id, step.id)[0]
    sample_document.update_card(card.id, color="#1b1f5e")
    layout = compute_layout(sample_document, map_id)
    body = [s for s in layout.shapes if isinstance(s, Box) and s.ref == ("card", card.id)][-1]
    for line in lines_of(layout, "card", card.id):
        assert contrast(line.color, body.fill) >= 4.5


def test_characters_the_font_lacks_are_reported(english):
    from journeymapper.app.new_project import project_from_template

    document = project_from_template("blank", english)
    map_id = document.maps()[0].id
    lane = next(l for l in document.lanes(map_id) if l.kind.holds_cards)
    step = document.map_steps(map_id)[0]
    document.add_cards(lane.id, step.id, ["Café € 5 — ‘oké’", "客户旅程 שלום"])
    layout = compute_layout(document, map_id)
    assert layout.missing_characters == frozenset("客户旅程שלום")


def test_shapes_in_an_area_are_every_shape_that_reaches_it(sample_document):
    """Pages, tiles and PNG strips draw ``shapes_in``: it may skip whole lanes, but
    never a shape that reaches into the area, and keeps the paint order."""
    import random

    from journeymapper.layout import Rect

    layout = compute_layout(sample_document, sample_document.maps()[0].id)
    rng = random.Random(7)
    areas = [
        Rect(
            rng.uniform(-50, layout.width),
            rng.uniform(-50, layout.height),
            rng.uniform(1, layout.width / 2),
            rng.uniform(1, layout.height / 3),
        )
        for _ in range(200)
    ]
    areas += [Rect(0, y, layout.width, 40) for y in range(0, int(layout.height), 40)]  # strips
    for area in areas:
        wanted = [s for s in layout.shapes if s.bounds().intersects(area)]
        assert list(layout.shapes_in(area)) == wanted, area
    whole = list(layout.shapes_in(Rect(-10, -10, layout.width + 20, layout.height + 20)))
    assert whole == list(layout.shapes)


def test_an_empty_map_still_lays_out(english):
    document = Document()
    document.add_map("Leeg")
    layout = compute_layout(document, document.maps()[0].id)
    assert layout.width > 0 and layout.height > 0
    assert [line.text for line in layout.text_lines()] == ["Leeg"]


def test_line_breaking_of_plain_paragraphs_breaks_as_word_by_word_does():
    """Plain paragraphs (single spaces, no hyphens) are broken by a shortcut; that agrees with the piece-by-piece loop, also when a word is
    wider than the line (then it declines and the loop breaks the word)."""
    import random

    from journeymapper.layout import fonts
    from journeymapper.layout import text as breaking

    font = fonts.face(False)
    chooser = random.Random(11)
    words = [
        "klant",
        "wil",
        "snel",
        "een",
        "antwoord",
        "ö",
        "Ωμέγα",
        "x",
        "WWWW",
        "ij",
        "€12,50",
        "漢字",
        "Supercalifragilisticexpialidocious",
        "aansprakelijkheidsverzekeringsmaatschappij",
    ]
    answered = declined = 0
    for _ in range(4000):
        paragraph = " ".join(chooser.choice(words) for _ in range(chooser.randint(1, 16)))
        limit = chooser.uniform(200, 9000)
        assert breaking._plain(paragraph)
        expected = breaking._wrap_piece_by_piece(breaking._pieces(paragraph), font, limit)
        by_shortcut = breaking._wrap_plain(paragraph, font, limit)
        if by_shortcut is None:
            declined += 1
            assert any(font.units(word) > limit for word in paragraph.split(" "))
        else:
            answered += 1
            assert by_shortcut == expected
    assert answered > 800 and declined > 800
    for odd in ("twee  spaties", " voor", "na ", "co-creatie", "in/uit", "a\u00a0b", "a\u2003b", "a\u00adb"):
        assert not breaking._plain(odd)


def test_line_breaking_by_running_sums_breaks_as_word_by_word_does():
    """The fast breaking (bisecting running sums) and the piece-by-piece loop
    agree on random Dutch-like paragraphs with hyphens, slashes and odd spaces."""
    import random

    from journeymapper.layout import fonts
    from journeymapper.layout import text as breaking

    font = fonts.face(False)
    chooser = random.Random(7)
    words = [
        "klant",
        "wil",
        "snel",
        "een",
        "antwoord",
        "co-creatie",
        "in/uit",
        "—",
        "a",
        "é",
        "x",
        "Supercalifragilisticexpialidocious",
        "heel-lang-woord-met-streepjes",
    ]
    spaces = [" ", "  ", "\u00a0", " \u2003 "]
    compared = 0
    for _ in range(3000):
        count = chooser.randint(1, 14)
        paragraph = chooser.choice(spaces) if chooser.random() < 0.1 else ""
        for index in range(count):
            paragraph += chooser.choice(words)
            if index < count - 1 or chooser.random() < 0.1:
                paragraph += chooser.choice(spaces) if chooser.random() < 0.3 else " "
        limit = chooser.uniform(200, 9000)
        pieces = breaking._pieces(paragraph)
        assert pieces == breaking._PIECES.findall(paragraph)
        by_sums = breaking._wrap_by_sums(pieces, font.units_of(pieces), limit)
        if by_sums is not None:
            compared += 1
            assert by_sums == breaking._wrap_piece_by_piece(pieces, font, limit)
    assert compared > 500


def test_drawing_a_layout_leaves_its_shapes_as_they_were(tmp_path, sample_document, qapp):
    """Shapes are values that every renderer only reads (they are not declared
    frozen, for speed: see layout/shapes.py). The PDF and PNG exports and the
    canvas painter each draw the very shape objects of a layout; afterwards every
    shape still equals a deep copy made before."""
    import copy
    import dataclasses

    from PySide6.QtGui import QImage, QPainter

    from journeymapper.app.exporting import ExportRequest, plan_export, run_export
    from journeymapper.ui.canvas.qt_painter import QtShapePainter

    request = ExportRequest("pdf", (sample_map(sample_document),))
    planned = plan_export(sample_document, request)
    shapes = list(planned.layouts[0].shapes)
    before = copy.deepcopy(shapes)
    assert len(shapes) > 400 and shapes == before
    run_export(sample_document, planned, tmp_path / "map.pdf")
    as_png = dataclasses.replace(planned, request=ExportRequest("png", request.map_ids, dpi=30), dpis=[30.0])
    run_export(sample_document, as_png, tmp_path / "map.png")
    image = QImage(400, 300, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    QtShapePainter(painter, sample_document_images(sample_document)).paint(shapes)
    painter.end()
    assert (tmp_path / "map.pdf").stat().st_size > 0 and (tmp_path / "map.png").stat().st_size > 0
    assert [type(s) for s in shapes] == [type(s) for s in before]
    for shape, copied in zip(shapes, before):
        assert shape == copied


def sample_document_images(document) -> dict[str, bytes]:
    return {image.id: image.data for image in document.store.all(Kind.IMAGE)}


def test_a_straight_line_is_bounded_as_any_polyline_is():
    """Two-point lines (the grid's) take a shortcut to their bounds; it agrees with the general one."""
    import random

    from journeymapper.layout import Polyline
    from journeymapper.layout.shapes import _bounds

    chooser = random.Random(3)
    for _ in range(500):
        points = tuple((chooser.uniform(-50, 900), chooser.uniform(-50, 900)) for _ in range(2))
        line = Polyline(points, "#000000", chooser.choice([0.0, 0.75, 3.0]))
        expected = _bounds(points, line.width)
        got = line.bounds()
        for a, b in ((got.x, expected.x), (got.y, expected.y), (got.w, expected.w), (got.h, expected.h)):
            assert a == pytest.approx(b)


def test_the_smallest_text_size_is_that_of_the_smallest_line_printed(sample_document):
    map_id = sample_map(sample_document)
    layout = compute_layout(sample_document, map_id)
    sizes = {line.size for line in layout.text_lines()}
    assert len(sizes) > 2 and layout.smallest_text_size() == min(sizes)
    empty = Document()
    lone = empty.add_map("").added(Kind.MAP)[0].id
    assert compute_layout(empty, lone).smallest_text_size(7.0) == min(
        (line.size for line in compute_layout(empty, lone).text_lines()), default=7.0
    )


def test_placed_shapes_let_go_come_back_the_same(sample_document):
    """An export of many maps lets each map's placed shapes go once drawn."""
    layout = compute_layout(sample_document, sample_map(sample_document))
    before = layout.shapes
    layout.release_placed_shapes()
    assert "shapes" not in layout.__dict__
    assert layout.shapes == before and layout.shapes is not before
